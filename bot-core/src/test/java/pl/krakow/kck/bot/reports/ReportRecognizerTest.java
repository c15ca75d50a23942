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
    /** As the service runs it: with the ranking of categories for statements that name none, and the danger notice. */
    private static final ReportRecognizer RANKING = new ReportRecognizer(new CategoryMatcher(Fixtures.catalogue(), Fixtures.ANALYZER),
            new CategoryRanker(Fixtures.catalogue(), Fixtures.ANALYZER), Fixtures.catalogue().cues().dangerNotice());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "studzienka bez pokrywy na chodniku przy ul. Grzegórzeckiej 15, ktoś może wpaść! | studzienki | 12 616 75 55",
            "studzienka bez pokrywy na chodniku przy ul. Grzegorzeckiej 15, ktos moze wpasc | studzienki | 12 616 75 55",
            "sygnalizacja na rondzie Mogilskim nie działa | sygnalizacja | 12 616 75 55",
            "światła na skrzyżowaniu Alej z Królewską migają na żółto | sygnalizacja | 12 616 75 55",
            "na przystanku Rondo Mogilskie zbita wiata | przystanek | ",
            "na chodniku przy Rynku Podgórskim brakuje płyt, ludzie się potykają | chodnik | ",
            "drzewo przewróciło się na jezdnię na Kapelance | drzewa | 12 201 02 42",
            "na Bronowickiej szklanka, ludzie się przewracają | zima | 12 646 23 61"})
    void should_read_the_issues_statements_with_their_category_and_the_number_to_call_first(String text, String category,
                                                                                          String number) {
        ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class, RANKING.read(text).orElseThrow(), text);
        assertEquals(category, report.category().code(), text);
        if (number == null) {
            assertNull(report.danger(), text);
        } else {
            assertTrue(report.danger().contains(number), report.danger());
        }
    }

    @Test
    void should_rank_the_likeliest_categories_when_a_statement_names_no_keyword() {
        ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class,
                RANKING.read("Pod wiaduktem na Lipowej wszystko pomazane i zdewastowane").orElseThrow());
        assertNull(report.category());
        assertFalse(report.candidates().isEmpty());
        assertTrue(report.candidates().stream().limit(2).anyMatch(c -> c.code().equals("mienie-publiczne")),
                report.candidates().stream().map(ServiceCategory::code).toList().toString());
        assertTrue(report.candidates().size() <= ReportRecognizer.RANKED_CHOICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"na klatce schodowej nie świeci światło na trzecim piętrze", "w nocy ktoś wybił szybę w moim samochodzie",
            "Muszę przyznać, że ulice w Krakowie są teraz w dużo lepszym stanie", "Dzięki za naprawienie latarni, poszło szybko",
            "Gdzie się zgłasza, że latarnia nie świeci"})
    void should_leave_private_places_questions_and_opinions_to_the_engine(String text) {
        assertTrue(RANKING.read(text).isEmpty(), () -> text + " -> " + RANKING.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ciemno jak w grobie w alejce, lampy nie działają", "ślisko jak diabli na moście, nikt nie posypał"})
    void should_read_a_comparing_jak_as_part_of_a_statement(String text) {
        assertFalse(ReportRecognizer.isQuestion(text));
        assertInstanceOf(ReportRecognizer.Report.class, RANKING.read(text).orElseThrow(), text);
    }

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
            "złamana gałąź zwisa nad chodnikiem w parku | drzewa",
            "nieskoszona trawa na skwerze po kolana | zielen",
            "mam pomysł, żeby postawić więcej ławek na Plantach | pomysl",
            "chcę zgłosić dziurę w chodniku | chodnik"})
    void should_start_a_report_with_the_category_from_a_statement_of_a_problem(String text, String category) {
        ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class, RECOGNIZER.read(text).orElseThrow());
        assertEquals(category, report.category().code());
    }

    @Test
    void should_take_the_place_from_the_first_message() {
        ReportRecognizer.Report report = (ReportRecognizer.Report) RECOGNIZER.read("Na Karmelickiej 12 nie świeci latarnia").orElseThrow();
        assertEquals("Karmelicka 12", report.location().address());
        assertFalse(report.location().detailWanted());
        ReportRecognizer.Report street = (ReportRecognizer.Report) RECOGNIZER.read("dziura w jezdni na Wielickiej").orElseThrow();
        assertEquals("Wielicka", street.location().address());
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

    @ParameterizedTest
    @ValueSource(strings = {"parkowanie", "Parkowanie.", "parkowanei", "blokowanie wjazdu", "zastawianie chodników"})
    void should_leave_a_lone_topic_to_the_knowledge_base(String text) {
        assertTrue(RANKING.read(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"źle zaparkowany samochód blokuje wjazd", "zaparkował na chodniku", "parkowanie na chodniku przy szkole",
            "parkowanie na Długiej 5", "ciągłe blokowanie wjazdu, nie da się wyjechać"})
    void should_still_send_a_parking_problem_to_straz_miejska(String text) {
        ReportRecognizer.Redirect redirect = assertInstanceOf(ReportRecognizer.Redirect.class, RANKING.read(text).orElse(null), text);
        assertEquals("parkowanie", redirect.category().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chodzi mi o strefę płatnego parkowania w centrum", "opłata za parkowanie na Kazimierzu",
            "abonament postojowy dla mieszkańców, zasady parkowania", "problem z parkowaniem w strefie, zapłaciłem przez aplikację"})
    void should_not_read_a_verbal_noun_naming_a_matter_as_a_parking_problem(String text) {
        assertFalse(RANKING.read(text).orElse(null) instanceof ReportRecognizer.Redirect, () -> text + " -> " + RANKING.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nie, pytam o prawo jazdy", "nie, nie to napisałem, chodzi o rejestrację auta"})
    void should_not_read_a_resident_correcting_the_assistant_as_a_problem(String text) {
        assertFalse(RANKING.read(text).orElse(null) instanceof ReportRecognizer.Report, () -> text + " -> " + RANKING.read(text));
    }

    @Test
    void should_open_a_report_without_category_when_the_resident_only_wants_to_report() {
        ReportRecognizer.Report report = (ReportRecognizer.Report) RECOGNIZER.read("Chcę zgłosić problem").orElseThrow();
        assertNull(report.category());
        assertTrue(report.candidates().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jak zgłosić dziurę?", "Gdzie zgłosić awarię", "czy latarnia na Długiej jest już naprawiona",
            "do kogo zgłosić gruz w lesie", "Co zrobić z dziurą w jezdni", "Ile się czeka na naprawę latarni",
            "a kiedy przyjadą to posprzątać", "to kiedy ktoś to wymieni", "i co dalej z tą ławką"})
    void should_read_questions_with_and_without_a_question_mark(String text) {
        assertTrue(ReportRecognizer.isQuestion(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Na Karmelickiej 12 nie świeci latarnia", "latarnia co noc gaśnie", "ktoś wyrzucił gruz w lesie",
            "a kosz przy ławce znowu pełny", "i znowu ktoś wybił szybę w wiacie"})
    void should_read_statements_as_statements(String text) {
        assertFalse(ReportRecognizer.isQuestion(text));
    }
}
