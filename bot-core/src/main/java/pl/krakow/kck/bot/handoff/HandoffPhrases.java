package pl.krakow.kck.bot.handoff;

import java.time.Duration;

/** Everything the assistant says about handing a conversation to a consultant, in Polish, in one place for review. */
final class HandoffPhrases {

    static final String INFOLINE = "12 616 55 55";
    static final String KCK = "Krakowskiego Centrum Kontaktu";

    static final String YES = "Tak";
    static final String NO = "Nie";
    static final String CANCEL = "Anuluj";
    static final String WITHDRAW = "Zrezygnuj z oczekiwania";
    static final String WITHDRAW_CALLBACK = "Wycofaj prośbę";

    private HandoffPhrases() {
    }

    static String intro(HandoffReason reason) {
        return switch (reason) {
            case EXPLICIT_REQUEST -> "Oczywiście, mogę przekazać tę rozmowę konsultantowi " + KCK + ".";
            case REPEATED_MISSES -> "Widzę, że nie udaje mi się znaleźć odpowiedzi. Pomóc może konsultant " + KCK + ".";
            case COMPLAINT -> "Skargą najlepiej zajmie się konsultant " + KCK + ".";
            case PERSONAL_CASE -> "Sprawdzenie konkretnej sprawy wymaga dostępu do akt, którego nie mam. Pomoże konsultant " + KCK + ".";
            case FRUSTRATION -> "Przykro mi, że nie pomagam tak, jak trzeba. Może lepiej porozmawiać z konsultantem " + KCK + ".";
        };
    }

    static String liveOffer(HandoffReason reason) {
        return intro(reason) + " Konsultant zobaczy całą naszą dotychczasową rozmowę, więc nie trzeba niczego powtarzać. "
                + "Czy przekazać rozmowę konsultantowi?";
    }

    static String afterHoursOffer(HandoffReason reason, String hours, String whenOpens) {
        return intro(reason) + " Konsultanci pracują " + hours + ", a teraz infolinia jest nieczynna – otworzy się " + whenOpens
                + ". Wtedy możesz też zadzwonić pod numer " + INFOLINE + ". Mogę przyjąć prośbę o oddzwonienie albo wiadomość: "
                + "konsultant zajmie się nią po otwarciu infolinii i zobaczy całą tę rozmowę. Czy zostawić prośbę o kontakt?";
    }

    static String declined() {
        return "Dobrze, zostajemy przy rozmowie ze mną. W czym jeszcze mogę pomóc? Jeśli zechcesz porozmawiać z konsultantem, "
                + "napisz „konsultant”.";
    }

    static String queued(int position, Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Przekazuję rozmowę konsultantowi. Jesteś " + Math.max(1, position) + ". w kolejce, przewidywany czas oczekiwania: około "
                + minutes + " min. Konsultant zobaczy całą dotychczasową rozmowę. Możesz już opisać sprawę – każda wiadomość "
                + "trafi do konsultanta. Jeśli zmienisz zdanie, napisz „anuluj”.";
    }

    static String askContact() {
        return "Podaj proszę numer telefonu, pod który konsultant oddzwoni, albo adres e-mail, na który odpisze, i w jednym–dwóch "
                + "zdaniach opisz sprawę. Konsultant zobaczy też całą tę rozmowę.";
    }

    static String contactMissing() {
        return "Nie widzę w wiadomości numeru telefonu (9 cyfr) ani adresu e-mail. Podaj proszę jedno z nich, a obok krótko "
                + "opisz sprawę.";
    }

    static String contactGivenUp(String whenOpens) {
        return "Nie udało się odczytać numeru telefonu ani adresu e-mail, więc nie zostawiam prośby. Zadzwoń proszę pod numer "
                + INFOLINE + " – infolinia otworzy się " + whenOpens + ". W czym jeszcze mogę pomóc?";
    }

    static String callbackTaken(ContactDetails contact, String whenOpens) {
        return "Dziękuję. Prośba o kontakt trafiła do kolejki konsultantów " + KCK + ": konsultant " + contact.promise()
                + " po otwarciu infolinii – " + whenOpens + ". Kolejne wiadomości w tej rozmowie dołączę do prośby. "
                + "Aby ją wycofać, napisz „anuluj”.";
    }

    static String cancelled() {
        return "Dobrze, nie zostawiam prośby. W czym jeszcze mogę pomóc?";
    }

    static String failed(String hours) {
        return "Nie udało się teraz przekazać rozmowy konsultantowi. Zadzwoń proszę pod numer " + INFOLINE + " (" + hours
                + "). W czym jeszcze mogę pomóc?";
    }

    static String withdrawn() {
        return "Wycofano prośbę o rozmowę z konsultantem. Dalej odpowiadam ja – w czym mogę pomóc?";
    }

    static String claimed(String consultantName) {
        return "Połączono z konsultantem " + KCK + ": " + consultantName + ". Od teraz odpowiada człowiek.";
    }

    static String transferred(String consultantName) {
        return "Rozmowę przejmuje inny konsultant: " + consultantName + ".";
    }

    static String completed(String hours) {
        return "Konsultant zakończył rozmowę. Dalej odpowiada asystent – jeśli masz jeszcze pytanie, napisz. Infolinia " + KCK
                + ": " + INFOLINE + " (" + hours + ").";
    }
}
