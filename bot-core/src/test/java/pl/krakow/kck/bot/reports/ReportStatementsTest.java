package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;

/**
 * How residents state problems in public space, written for this test (not taken from the evaluation sets):
 * broken, dirty, dangerous, missing, blocked, overgrown, dark; with and without a place; in colloquial
 * verbs ("padły", "wywalił", "rozwalony"), without Polish letters and with typos ("dziuraa", "latrnia").
 * Each opens the form with the category expected (alone or among the offered ones; "*": any category). Questions
 * about reports, opinions, thanks and the resident's own things stay with the knowledge base. The statements with
 * their categories are in {@code reports/statements-by-category.csv} (one per line, {@code text | category}).
 */
class ReportStatementsTest {

    private static final ReportRecognizer RECOGNIZER = new ReportRecognizer(new CategoryMatcher(Fixtures.catalogue(), Fixtures.ANALYZER),
            new CategoryRanker(Fixtures.catalogue(), Fixtures.ANALYZER), Fixtures.catalogue().cues().dangerNotice());

    @ParameterizedTest
    @CsvFileSource(resources = "/reports/statements-by-category.csv", delimiter = '|')
    void should_open_a_report_in_the_right_category_however_the_resident_says_it(String text, String category) {
        ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class, read(text).orElse(null), text);
        if (!category.equals("*")) {
            List<String> offered = report.category() != null ? List.of(report.category().code())
                    : report.candidates().stream().map(ServiceCategory::code).toList();
            assertTrue(offered.contains(category), () -> text + " -> " + offered);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "na rogu Lubicz i Westerplatte wszystko rozwalone",
            "coś tam się zepsuło na placu przy kościele",
            "na moście Dębnickim zniszczone",
            "zepsuty zegar na Rynku",
            "w tunelu pod dworcem śmierdzi moczem i jest brudno",
            "pod wiaduktem na Kamiennej jest strasznie brudno",
            "nie działa fontanna na Rynku Podgórskim",
            "przejście podziemne zalane wodą",
            "zniszczona tablica informacyjna w parku",
            "na skwerku przy Lea wszystko zdewastowane",
            "na Kazimierzu wszędzie pełno rozbitego szkła",
            "zniszczona tablica pamiątkowa na murze przy Grodzkiej",
            "w przejsciu podziemnym przy Dworcu Glownym caly czas smierdzi i jest brudno",
            "na bulwarze Czerwieńskim pourywane barierki nad Wisłą"    })
    void should_open_a_report_for_a_problem_in_public_space_that_names_no_category(String text) {
        assertInstanceOf(ReportRecognizer.Report.class, read(text).orElse(null), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jak zgłosić dziurę w drodze?",
            "gdzie zgłosić zepsutą latarnię",
            "do kogo zgłosić połamaną ławkę",
            "czy mogę zgłosić graffiti anonimowo",
            "ile trwa naprawa dziury w jezdni?",
            "kto naprawia chodniki w Krakowie",
            "kiedy będzie naprawiona sygnalizacja na Alejach?",
            "jaki jest numer do ZDMK",
            "czy da się zgłosić brak oświetlenia przez internet",
            "chciałbym wiedzieć, kto odpowiada za wiaty przystankowe",
            "co zrobić gdy na drodze jest dziura",
            "w jaki sposób zgłasza się zniszczoną ławkę",
            "potrzebuję informacji, jak zgłosić dzikie wysypisko",
            "dziekuje za szybka naprawe latarni",
            "super, że naprawiliście chodnik na Długiej",
            "uważam, że w Krakowie jest za mało koszy na śmieci",
            "moim zdaniem latarnie powinny świecić dłużej",
            "drogi w Krakowie są coraz lepsze",
            "wywóz śmieci w tym roku działa świetnie",
            "odśnieżanie w tym roku było całkiem ok",
            "kiedy jest odbiór wielkogabarytów",
            "harmonogram odbioru odpadów na Bieżanowie",
            "jak wyrobić dowód osobisty",
            "chcę zapłacić za parking",
            "zgubiłem portfel w tramwaju",
            "gdzie oddać zużytą baterię",
            "ile kosztuje karta miejska",
            "nie działa mi strona e-urzędu",
            "nie działa aplikacja mKraków",
            "zepsuł mi się telefon",
            "na klatce schodowej zepsuta winda",
            "w moim samochodzie ktoś zbił szybę",
            "brakuje mi dokumentów do wniosku",
            "mam problem z meldunkiem",
            "problem z płatnością za śmieci",
            "co z moim zgłoszeniem dziury",
            "status zgłoszenia latarni",
            "czy latarnia na Długiej została już naprawiona",
            "dlaczego nikt nie naprawia dziur",
            "czy mogę zgłosić dziurę anonimowo",
            "jak dlugo czeka sie na naprawe latarni",
            "kto sprząta bulwary wiślane",
            "czy wiaty przystankowe są monitorowane",
            "bardzo dziękuję za szybkie usunięcie drzewa",
            "moim zdaniem w Krakowie jest za mało ławek",
            "uważam, że ścieżki rowerowe są źle zaprojektowane",
            "nie wiem gdzie zgłosić połamaną ławkę",
            "potrzebuję zaświadczenia o niezaleganiu",
            "nie działa mi karta miejska",
            "zepsuła mi się pralka, gdzie ją oddać",
            "mam zepsuty samochód pod domem",
            "super, że naprawiliście sygnalizację przy szkole",
            "zgubiłem klucze w parku",
            "ulica Długa jest bardzo ładna",
            "czy w parku Jordana można grillować",
            "na Rynku jest pełno turystów",
            "w parku Jordana jest ładnie",
            "lubię ławki na Plantach",
            "widziałem, że naprawili dziurę na Długiej",
            "latarnie na Plantach są piękne",
            "chodnik na Długiej jest już naprawiony",
            "dziura na Wielickiej została załatana, dziękuję",
            "potrzebuję zaświadczenia o zameldowaniu",
            "szukam pracy w MPO",
            "mieszkam przy Długiej i chcę się wymeldować",
            "brak mi słów",
            "nie ma mnie w domu w godzinach pracy",
            "kupiłem bilet w biletomacie",
            "zgubiłem rękawiczki na przystanku",
            "nie mogę znaleźć przystanku Rondo Mogilskie",
            "na Długiej otworzyli nową kawiarnię",
            "przy Plantach stoi nowa ławka",
            "nie wiem jak dojechać na Kopiec Kościuszki",
            "nowa ścieżka rowerowa na Kamieńskiego jest super",
            "chcę zapisać dziecko do przedszkola na Ruczaju",
            "proszę o informację o godzinach otwarcia urzędu na Wielickiej",
            "szkoda że nie ma już fontanny na Rynku",
            "nie pamiętam numeru mojego zgłoszenia",
            "odśnieżanie chodników w tym roku działa bardzo dobrze",
            "nie odebrałem jeszcze dowodu osobistego",
            "nie zapłaciłem za śmieci w terminie",
            "nie dostałem decyzji w sprawie podatku",
            "w urzędzie na Wielickiej nie działa automat z numerkami",
            "do kogo zglosic dziure w chodniku",
            "ile kosztuje wywóz gruzu",
            "czy ktoś już zgłosił latarnię na Długiej",
            "dziękuję, latarnia już świeci",
            "zepsuł mi się rower, gdzie jest serwis miejski",
            "uważam że na Plantach powinno być więcej koszy",
            "kiedy MPO odbiera gabaryty na Bieżanowie",
            "chciałbym się dowiedzieć o stanie mojego zgłoszenia",
            "nie mogę się zalogować do e-urzędu"
    })
    void should_leave_questions_opinions_and_the_residents_own_things_to_the_knowledge_base(String text) {
        assertTrue(read(text).filter(ReportRecognizer.Report.class::isInstance).isEmpty(), () -> text + " -> " + read(text));
    }

    private static Optional<ReportRecognizer.Reading> read(String text) {
        return RECOGNIZER.read(text);
    }
}
