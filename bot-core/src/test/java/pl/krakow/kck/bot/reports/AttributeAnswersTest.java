package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;

/** Answers to a category's list questions as residents give them, not only as the options read. */
class AttributeAnswersTest {

    private static final CategoryCatalogue CATALOGUE = Fixtures.catalogue();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "drogi-nawierzchnia | zagrozenie    | tak, bardzo głęboka          | tak",
            "drogi-nawierzchnia | zagrozenie    | Tak zagraża                   | tak",
            "drogi-nawierzchnia | zagrozenie    | nie, jest na poboczu          | nie",
            "drogi-nawierzchnia | zagrozenie    | nie wiem, jechałem szybko     | nie-wiem",
            "drogi-nawierzchnia | zagrozenie    | 2                             | nie",
            "zielen             | czego-dotyczy | przewrócone drzewo            | drzewo",
            "zielen             | czego-dotyczy | chodzi o żywopłot przy szkole | krzewy",
            "dzikie-wysypisko   | rodzaj        | gruz i opony                  | gruz opony"})
    void should_read_the_answer_people_give(String category, String attribute, String answer, String keys) {
        CategoryAttribute question = CATALOGUE.find(category).orElseThrow().attribute(attribute).orElseThrow();
        assertEquals(List.of(keys.split(" ")), AttributeAnswers.list(question, answer), answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"drogi-nawierzchnia | zagrozenie | może jutro", "zielen | czego-dotyczy | coś innego"})
    void should_not_guess_an_answer_that_names_no_option(String category, String attribute, String answer) {
        CategoryAttribute question = CATALOGUE.find(category).orElseThrow().attribute(attribute).orElseThrow();
        assertEquals(List.of(), AttributeAnswers.list(question, answer), answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zielen | czego-dotyczy | spadły gałęzie | drzewo"})
    void should_read_an_option_named_in_another_form_of_its_word(String category, String attribute, String answer, String keys) {
        CategoryAttribute question = CATALOGUE.find(category).orElseThrow().attribute(attribute).orElseThrow();
        CategoryMatcher matcher = new CategoryMatcher(CATALOGUE, Fixtures.ANALYZER);
        assertEquals(List.of(keys.split(" ")), AttributeAnswers.list(question, answer, matcher::lemmas), answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zielen             | czego-dotyczy | złamany konar                     | drzewo",
            "zielen             | czego-dotyczy | krzaki                            | krzewy",
            "zielen             | czego-dotyczy | same chwasty                      | trawnik",
            "dzikie-wysypisko   | rodzaj        | stara kanapa                      | meble",
            "dzikie-wysypisko   | rodzaj        | wersalka i opony                  | opony meble",
            "nieodebrane-odpady | rodzaj        | plastik                           | segregowane",
            "nieodebrane-odpady | rodzaj        | resztki jedzenia                  | bio",
            "wrak               | tablice       | brak tablic                       | nie",
            "wrak               | tablice       | nie zauwazylem                    | nie-wiem",
            "oswietlenie        | ile           | cała ulica                        | odcinek",
            "drogi-nawierzchnia | zagrozenie    | bardzo głęboka                    | tak",
            "drogi-nawierzchnia | zagrozenie    | raczej płytka                     | nie",
            "drogi-nawierzchnia | zagrozenie    | nie, nie jest głęboka             | nie"})
    void should_read_an_option_by_its_synonyms_on_lemmas(String category, String attribute, String answer, String keys) {
        CategoryAttribute question = CATALOGUE.find(category).orElseThrow().attribute(attribute).orElseThrow();
        CategoryMatcher matcher = new CategoryMatcher(CATALOGUE, Fixtures.ANALYZER);
        assertEquals(List.of(keys.split(" ")), AttributeAnswers.list(question, answer, matcher::lemmas), answer);
    }

    @Test
    void should_give_every_language_its_own_synonyms_and_the_polish_ones() throws Exception {
        CategoryAttribute polish = CATALOGUE.find("zielen").orElseThrow().attribute("czego-dotyczy").orElseThrow();
        CategoryCatalogue edition = CategoryTranslations.translate(CATALOGUE, new Properties(),
                OptionSynonyms.read(Fixtures.categoriesFile(), "uk"));
        CategoryAttribute ukrainian = edition.find("zielen").orElseThrow().attribute("czego-dotyczy").orElseThrow();
        assertTrue(polish.value("drzewo").orElseThrow().synonyms().contains("konar"));
        assertTrue(ukrainian.value("drzewo").orElseThrow().synonyms().containsAll(List.of("konar", "гілка")));
    }
}
