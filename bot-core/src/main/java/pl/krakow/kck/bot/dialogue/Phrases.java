package pl.krakow.kck.bot.dialogue;

/** Everything the assistant says on its own, in Polish. One place, so that the city can review it. */
final class Phrases {

    static final String INFOLINE = "12 616 55 55";
    static final String INFOLINE_HOURS = "pon.–pt. 7:40–15:30";

    static final String FALLBACK = "Niestety, nie znam odpowiedzi na to pytanie i nie chcę zgadywać. "
            + "Spróbuj zapytać innymi słowami albo zadzwoń do Krakowskiego Centrum Kontaktu: "
            + INFOLINE + " (" + INFOLINE_HOURS + ").";

    static final String INFOLINE_NOTE = "W sprawach Krakowa pomoże też infolinia Krakowskiego Centrum Kontaktu: "
            + INFOLINE + " (" + INFOLINE_HOURS + ").";

    static final String EMPTY_QUESTION = "Nie rozumiem jeszcze, o co chodzi. Napisz proszę pytanie pełnym zdaniem, "
            + "np. „Jak wyrobić dowód osobisty?”. Możesz też zadzwonić na infolinię " + INFOLINE + " (" + INFOLINE_HOURS + ").";

    static final String CLARIFY_MANY = "Nie jestem pewien, o co dokładnie pytasz. Czy chodzi o jedną z tych spraw?";
    static final String CLARIFY_ONE = "Czy chodzi o tę sprawę?";
    static final String NONE_OF_THESE = "Żadne z powyższych";
    static final String NONE_CHOSEN = "Rozumiem. Napisz proszę pytanie innymi słowami albo zadzwoń do Krakowskiego Centrum "
            + "Kontaktu: " + INFOLINE + " (" + INFOLINE_HOURS + ").";
    static final String UNKNOWN_CHOICE = "Ta odpowiedź nie jest już dostępna. Zadaj proszę pytanie jeszcze raz.";

    static final String GREETING = "Dzień dobry! Jestem asystentem Krakowskiego Centrum Kontaktu. Zapytaj o sprawy "
            + "urzędowe w Krakowie: dowód osobisty, meldunek, pojazdy, parkowanie, Strefę Czystego Transportu, "
            + "odpady, Budżet Obywatelski i inne.";
    static final String THANKS = "Proszę bardzo! Jeśli masz jeszcze jakieś pytanie, napisz.";
    static final String GOODBYE = "Do widzenia! W razie pytań jestem tutaj przez całą dobę.";

    static final String GREETING_WITH_QUESTION = "Dzień dobry! Słucham – napisz proszę, w jakiej sprawie piszesz, "
            + "np. „Ile kosztuje paszport?”.";
    static final String IDENTITY = "Jestem automatycznym asystentem Krakowskiego Centrum Kontaktu (nie człowiekiem). Odpowiadam "
            + "na pytania o sprawy urzędowe w Krakowie na podstawie opublikowanych informacji i przyjmuję zgłoszenia problemów "
            + "w mieście. Jeśli wolisz rozmawiać z konsultantem, napisz „konsultant”.";
    static final String ACKNOWLEDGED = "Dobrze. Jeśli masz jeszcze jakieś pytanie, napisz.";

    static final String WHICH_SUBJECT = "O jaką sprawę chodzi? Napisz proszę, czego dotyczy pytanie (np. dowód osobisty, "
            + "meldunek, rejestracja auta, parkowanie), albo wybierz:";
    static final String WHICH_SUBJECT_NO_OPTIONS = "O jaką sprawę chodzi? Napisz proszę, czego dotyczy pytanie, np. „Ile "
            + "kosztuje paszport?” albo „Gdzie zarejestrować samochód?”.";
    static final String LONE_WORD = "Co chcesz wiedzieć? Wybierz sprawę albo napisz pytanie pełnym zdaniem:";
    static final String NO_OPTIONS = "Nie ma teraz listy do wyboru, więc nie wiem, co oznacza ta liczba. Napisz proszę, "
            + "w jakiej sprawie piszesz, np. „Ile kosztuje paszport?”.";

    private Phrases() {
    }
}
