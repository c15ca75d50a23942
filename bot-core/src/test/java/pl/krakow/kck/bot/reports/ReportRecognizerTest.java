package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class ReportRecognizerTest {

    private static final ReportRecognizer RECOGNIZER = new ReportRecognizer(new CategoryMatcher(Fixtures.catalogue(), Fixtures.ANALYZER));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Na Karmelickiej 12 nie świeci latarnia | oswietlenie",
            "na karmelickiej 12 nie swieci latarnia | oswietlenie",
            "dziura w jezdni na Wielickiej | drogi-nawierzchnia",
            "dziura w jezdni na wielickiej | drogi-nawierzchnia",
            "ktoś wyrzucił gruz w lesie | dzikie-wysypisko",
            "ktos wyrzucil gruz w lesie | dzikie-wysypisko",
            "Latarnie przy Długiej nie świecą od tygodnia | oswietlenie",
            "od trzech dni nie odebrali śmieci spod bloku | nieodebrane-odpady",
            "złamana gałąź zwisa nad chodnikiem w parku | zielen",
            "mam pomysł, żeby postawić więcej ławek na Plantach | pomysl",
            "chcę zgłosić dziurę w chodniku | chodnik"})
    void should_start_a_report_with_the_category_from_a_statement_of_a_problem(String text, String category) {
        ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class, RECOGNIZER.read(text).orElseThrow());
        assertEquals(category, report.category().code());
    }

    @Test
    void should_take_the_place_from_the_first_message() {
        ReportRecognizer.Report report = (ReportRecognizer.Report) RECOGNIZER.read("Na Karmelickiej 12 nie świeci latarnia").orElseThrow();
        assertEquals("Karmelickiej 12", report.location().address());
        assertFalse(report.location().detailWanted());
        ReportRecognizer.Report street = (ReportRecognizer.Report) RECOGNIZER.read("dziura w jezdni na Wielickiej").orElseThrow();
        assertEquals("Wielickiej", street.location().address());
        assertTrue(street.location().detailWanted());
        ReportRecognizer.Report none = (ReportRecognizer.Report) RECOGNIZER.read("ktoś wyrzucił gruz w lesie").orElseThrow();
        assertNull(none.location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jak zgłosić dziurę?", "jak zglosic dziure", "gdzie zgłosić nieświecącą latarnię",
            "dziura w drodze, gdzie zgłosić", "Na mojej ulicy jest ogromna dziura w jezdni, do kogo dzwonić?",
            "kto odpowiada za dziury w jezdni", "czy mogę zgłosić latarnię przez internet", "harmonogram wywozu śmieci",
            "wywóz gruzu po remoncie", "chcę zgłosić utratę dowodu osobistego", "latarnia", "Kiedy jest wywóz odpadów?"})
    void should_leave_questions_about_reporting_to_the_knowledge_base(String text) {
        assertTrue(RECOGNIZER.read(text).isEmpty(), () -> text + " -> " + RECOGNIZER.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"czuję gaz na klatce schodowej", "czuje gaz w piwnicy, co robic?", "pożar śmietnika przy bloku",
            "na przystanku leży nieprzytomny mężczyzna", "zerwany przewód pod napięciem leży na chodniku"})
    void should_stop_an_emergency_even_when_asked_as_a_question(String text) {
        assertInstanceOf(ReportRecognizer.Emergency.class, RECOGNIZER.read(text).orElseThrow(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ktoś zaparkował na chodniku i nie da się przejść | parkowanie",
            "sąsiedzi głośno imprezują każdej nocy | halas",
            "po osiedlu błąka się bezpański pies | zwierzeta",
            "nie ma wody w całym bloku | awaria-wody"})
    void should_send_straz_miejska_and_utility_matters_to_their_lines(String text, String category) {
        ReportRecognizer.Redirect redirect = assertInstanceOf(ReportRecognizer.Redirect.class, RECOGNIZER.read(text).orElseThrow(), text);
        assertEquals(category, redirect.category().code());
    }

    @Test
    void should_open_a_report_without_category_when_the_resident_only_wants_to_report() {
        ReportRecognizer.Report report = (ReportRecognizer.Report) RECOGNIZER.read("Chcę zgłosić problem").orElseThrow();
        assertNull(report.category());
        assertTrue(report.candidates().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jak zgłosić dziurę?", "Gdzie zgłosić awarię", "czy latarnia na Długiej jest już naprawiona",
            "do kogo zgłosić gruz w lesie", "Co zrobić z dziurą w jezdni", "Ile się czeka na naprawę latarni"})
    void should_read_questions_with_and_without_a_question_mark(String text) {
        assertTrue(ReportRecognizer.isQuestion(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Na Karmelickiej 12 nie świeci latarnia", "latarnia co noc gaśnie", "ktoś wyrzucił gruz w lesie"})
    void should_read_statements_as_statements(String text) {
        assertFalse(ReportRecognizer.isQuestion(text));
    }
}
