package pl.krakow.kck.bot.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a resident writes about themselves, and what stays of it once redacted. */
class PersonalDataRedactorTest {

    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zgłasza Jan Kowalski PESEL 90010112345 tel. 600 123 456 | zgłasza [imię i nazwisko] PESEL [PESEL] tel. [telefon]",
            "Nazywam się Anna Maria Nowak, proszę o kontakt | Nazywam się [imię i nazwisko], proszę o kontakt",
            "mój numer to +48 600-123-456 albo 0048600123456 | mój numer to [telefon] albo [telefon]",
            "dzwońcie na 12 616 55 55 | dzwońcie na [telefon]",
            "pisz na Jan.Kowalski@poczta.onet.pl | pisz na [e-mail]",
            "dowód ABC 123456, paszport EA1234567 | dowód [nr dokumentu], paszport [nr dokumentu]",
            "konto PL61 1090 1014 0000 0712 1981 2874 | konto [nr konta]",
            "nr konta 61109010140000071219812874 | nr konta [nr konta]",
            "My name is John Smith and I live here | My name is [imię i nazwisko] and I live here",
            "Мене звати Олена Петренко, мій телефон 600123456 | Мене звати [imię i nazwisko], мій телефон [telefon]",
    })
    void should_replace_personal_data_by_what_it_was(String written, String redacted) {
        assertEquals(redacted, redactor.redact(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Zgłoszenie KRK-2026-000123 z 2026-03-02, godz. 7:40–15:30",
            "opłata 39 zł, karta KK ważna 1 rok, ul. Wielicka 28a",
            "latarnia nr 12345 przy bloku 7, os. Centrum D 7",
            "jestem w domu od 15:00",
            "kod pocztowy 31-004 Kraków",
    })
    void should_leave_what_is_not_personal_data(String text) {
        assertEquals(text, redactor.redact(text));
        assertFalse(redactor.containsPersonalData(text));
    }
}
