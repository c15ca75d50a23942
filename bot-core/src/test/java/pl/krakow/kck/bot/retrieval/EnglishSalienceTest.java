package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;

class EnglishSalienceTest {

    @Test
    void should_weigh_how_and_when_words_as_polish_verbs_and_adverbs_and_what_words_as_nouns() {
        TextAnalyzer english = TextAnalyzer.of(Language.EN);
        assertEquals(PartOfSpeech.VERB, english.word("reach").salience(), "how do I reach the infoline?");
        assertEquals(PartOfSpeech.VERB, english.word("yesterday").salience(), "I sold my car yesterday");
        assertEquals(PartOfSpeech.NOUN, english.word("infoline").salience());
        assertEquals(PartOfSpeech.VERB, english.word("2am").salience(), "someone is blasting music at 2am");
        assertEquals(PartOfSpeech.VERB, english.word("10:30pm").salience());
        assertEquals(PartOfSpeech.NOUN, english.word("report").salience(), "a report is what many articles are about");
        assertEquals(PartOfSpeech.NOUN, english.word("sold").salience(), "selling a car is an article's matter");
    }

    @Test
    void should_name_the_line_of_words_before_any_list() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> EnglishSalience.parse(new BufferedReader(new StringReader("# words\nreach, notify\n"))));
        assertEquals("english-salience.txt:2: words before a list name", error.getMessage());
    }

    @Test
    void should_read_lists_that_go_on_on_later_lines() throws Exception {
        var weights = EnglishSalience.parse(new BufferedReader(new StringReader("verb: reach,\n  notify\nadverb: ago\n")));
        assertEquals(PartOfSpeech.VERB, weights.get("notify"));
        assertEquals(PartOfSpeech.VERB, weights.get("ago"));
    }
}
