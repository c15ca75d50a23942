package pl.krakow.kck.bot.reports;

import java.util.Locale;

/** Everything the report flow says, in Polish, in one place for the city to review. */
final class ReportPhrases {

    static final String INFOLINE = "Krakowskiego Centrum Kontaktu: 12 616 55 55 (pon.–pt. 7:40–15:30)";

    static final String START = "Przyjmę zgłoszenie – zadam kilka krótkich pytań. W każdej chwili możesz napisać "
            + "„wróć”, „popraw” albo „anuluj”.";
    static final String ASK_CATEGORY = "Czego dotyczy zgłoszenie? Wybierz kategorię.";
    static final String ASK_CATEGORY_AMBIGUOUS = "Która kategoria najlepiej pasuje?";
    static final String CATEGORY_UNKNOWN = "Nie rozpoznałem kategorii. Wybierz jedną z listy (możesz wpisać jej numer).";
    static final String OTHER_CATEGORY = "Inna kategoria";

    static final String ASK_LOCATION = "Gdzie to jest? Podaj ulicę i numer budynku, charakterystyczny punkt (np. skrzyżowanie, "
            + "przystanek) albo współrzędne (np. 50.06143, 19.93658).";
    static final String LOCATION_OPTIONAL = " Jeśli sprawa nie dotyczy konkretnego miejsca, napisz „pomiń”.";
    static final String LOCATION_TOO_VAGUE = "Potrzebuję dokładniejszego miejsca: ulicy z numerem budynku, charakterystycznego "
            + "punktu albo współrzędnych.";
    static final String LOCATION_TOO_LONG = "Opis miejsca jest za długi (do 300 znaków). Podaj ulicę z numerem albo punkt orientacyjny.";
    static final String LOCATION_REQUIRED = "Bez miejsca służby nie trafią na miejsce – podaj proszę ulicę, punkt orientacyjny albo współrzędne.";

    static final String ASK_DESCRIPTION = "Opisz krótko problem: co się dzieje, od kiedy i czy coś zagraża przechodniom lub kierowcom.";
    static final String DESCRIPTION_TOO_SHORT = "Opis jest za krótki – napisz proszę kilka słów więcej (co się dzieje i od kiedy).";
    static final String DESCRIPTION_TOO_LONG = "Opis jest za długi (do 2000 znaków). Skróć go proszę.";

    static final String OPTIONAL = " (pytanie nieobowiązkowe – możesz napisać „pomiń”)";
    static final String PICK_ONE = "Wybierz jedną z podanych odpowiedzi (możesz wpisać jej numer).";
    static final String PICK_SOME = "Wybierz co najmniej jedną z podanych odpowiedzi (możesz wpisać numery, np. „1, 3”).";
    static final String NEED_NUMBER = "Podaj liczbę (np. 3).";
    static final String NEED_DATE = "Podaj datę w postaci dd.mm.rrrr (np. 05.12.2026); możesz dodać godzinę (np. 05.12.2026 18:30).";
    static final String ANSWER_TOO_LONG = "Odpowiedź jest za długa (do 500 znaków). Skróć ją proszę.";
    static final String REQUIRED_ANSWER = "To pytanie jest obowiązkowe.";

    static final String PHOTO_OPTION = "Dodaj zdjęcie";
    static final String PHOTO_WAITING = "Czekam na zdjęcie – wyślij je przyciskiem „Dodaj zdjęcie” albo napisz „pomiń”.";
    static final String PHOTO_ADDED = "Dodałem zdjęcie.";
    static final String PHOTO_UNKNOWN = "Nie znalazłem tego zdjęcia. Wyślij je jeszcze raz.";

    static final String ASK_CONTACT = "Czy chcesz dostać informację o załatwieniu sprawy? Podaj adres e-mail lub numer telefonu. "
            + "Jeśli nie, napisz „pomiń” – zgłoszenie będzie anonimowe.";
    static final String CONTACT_INVALID = "To nie wygląda na poprawny adres e-mail (np. jan.kowalski@example.pl) ani numer telefonu "
            + "(9 cyfr, np. 600 123 456). Popraw go albo napisz „pomiń”.";
    static final String CONSENT_INVALID = "Odpowiedz proszę „tak” albo „nie”.";

    static final String DUPLICATES_INTRO = "W pobliżu (do 50 m) jest już otwarte zgłoszenie tego samego rodzaju:";
    static final String DUPLICATES_OUTRO = "Możesz dołączyć do niego zamiast tworzyć nowe – służby zobaczą, że problem dotyczy więcej osób.";
    static final String NEW_REPORT = "To inny problem – nowe zgłoszenie";
    static final String DUPLICATES_PICK = "Wybierz zgłoszenie, do którego chcesz dołączyć, albo utwórz nowe.";

    static final String SUMMARY_INTRO = "Sprawdź zgłoszenie przed wysłaniem:";
    static final String SUMMARY_OUTRO = "Czy wysłać zgłoszenie? Możesz też coś poprawić albo je anulować.";
    static final String SEND = "Wyślij zgłoszenie";
    static final String EDIT = "Popraw";
    static final String CANCEL = "Anuluj";
    static final String SKIP = "Pomiń";
    static final String YES = "Tak";
    static final String NO = "Nie";
    static final String ASK_EDIT = "Co chcesz poprawić?";
    static final String SUMMARY_WAITING = "Napisz „wyślij”, żeby wysłać zgłoszenie, „popraw”, żeby coś zmienić, albo „anuluj”.";

    static final String CANCELLED = "Anulowałem zgłoszenie – nic nie zostało wysłane. W czym jeszcze mogę pomóc?";
    static final String BACK_AT_START = "To pierwsze pytanie formularza.";
    static final String RESUME = "Wracamy do zgłoszenia. ";
    static final String EMERGENCY_CONTINUE = "Jeśli to nie jest nagły wypadek, możesz dalej wypełniać zgłoszenie.";
    static final String FORM_CLOSED = "Ten formularz zgłoszenia jest już zamknięty. Napisz, co chcesz zgłosić, a zacznę nowe zgłoszenie.";
    static final String STATUS_HISTORY = "Historia:";
    static final String STATUS_SUPPORTERS = "Osób, które dołączyły do zgłoszenia: ";

    static final String LABEL_CATEGORY = "Kategoria";
    static final String LABEL_LOCATION = "Miejsce";
    static final String LABEL_DESCRIPTION = "Opis";
    static final String LABEL_PHOTO = "Zdjęcie";
    static final String LABEL_CONTACT = "Kontakt";
    static final String NONE = "brak";
    static final String PHOTO_ATTACHED = "dołączone (bez metadanych)";
    static final String ANONYMOUS = "brak – zgłoszenie anonimowe";
    static final String SKIPPED = "pominięto";

    private ReportPhrases() {
    }

    static String askLocationDetail(String street) {
        return "Gdzie dokładnie („" + street + "”)? Podaj numer budynku albo punkt orientacyjny (np. skrzyżowanie). "
                + "Jeśli nie wiesz, napisz „pomiń”.";
    }

    static String outsideKrakow(double lat, double lon) {
        return String.format(Locale.ROOT, "Punkt %.5f, %.5f leży poza Krakowem. Przyjmuję współrzędne z pasa szerokości "
                + "49,96–50,13° N i długości 19,79–20,22° E. Sprawdź je albo podaj adres.", lat, lon);
    }

    static String askPhoto(int maxMegabytes) {
        return "Możesz dodać zdjęcie (JPEG lub PNG, do " + maxMegabytes + " MB) przyciskiem „Dodaj zdjęcie”. Przed zapisaniem "
                + "usuwamy z niego metadane, także położenie GPS. Jeśli nie masz zdjęcia, napisz „pomiń”.";
    }

    static String consent(String contact) {
        return "Zgoda na kontakt: wyrażam zgodę na przetwarzanie podanych danych kontaktowych (" + contact + ") przez Gminę "
                + "Miejską Kraków w celu obsługi tego zgłoszenia i poinformowania mnie o jego załatwieniu. Administratorem "
                + "danych jest Prezydent Miasta Krakowa, pl. Wszystkich Świętych 3-4, 31-004 Kraków; inspektor ochrony danych: "
                + "iod@um.krakow.pl. Zgodę możesz wycofać w każdej chwili. Bez zgody zgłoszenie zostanie przyjęte anonimowo. "
                + "Czy wyrażasz zgodę?";
    }

    static String currentValue(String value) {
        return "Obecnie: " + value + ". Podaj nową odpowiedź.";
    }

    static String joinOption(String number) {
        return "Dołącz do " + number;
    }

    static String submitted(String number, String notice) {
        return "Przyjęliśmy zgłoszenie **" + number + "**. Zapisz ten numer – stan sprawy sprawdzisz, pisząc „status " + number
                + "”." + (notice == null || notice.isBlank() ? "" : "\n\n" + notice);
    }

    static String joined(String number) {
        return "Dołączyłem Twój głos do zgłoszenia **" + number + "**. Stan sprawy sprawdzisz, pisząc „status " + number + "”.";
    }

    static String alreadyDone(String number) {
        return "Zgłoszenie **" + number + "** jest już przyjęte. Stan sprawy sprawdzisz, pisząc „status " + number + "”.";
    }

    static String unknownNumber(String number) {
        return "Nie znalazłem zgłoszenia o numerze " + number + ". Sprawdź numer (ma postać KRK-2026-000123) albo zadzwoń do "
                + INFOLINE + ".";
    }

    static String statusLabel(String status) {
        return "closed".equals(status) ? "zamknięte – sprawa załatwiona" : "przyjęte, w realizacji";
    }
}
