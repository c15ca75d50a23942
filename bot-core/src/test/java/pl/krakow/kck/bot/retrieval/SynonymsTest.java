package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class SynonymsTest {

    private final TextAnalyzer analyzer = Fixtures.ANALYZER;
    private final Synonyms synonyms = new Synonyms(List.of(
            List.of("SCT", "strefa czystego transportu"),
            List.of("BO", "budżet obywatelski")), analyzer, Stopwords.polish());

    @Test
    void should_match_a_phrase_in_any_inflected_form() {
        List<Synonyms.Match> matches = synonyms.find(analyzer.words("wjazd do strefie czystego transportu"));
        assertEquals(List.of(new Synonyms.Match(2, 3, 0, "strefa czystego transportu")), matches);
    }

    @Test
    void should_match_an_abbreviation_typed_without_polish_letters_or_in_lower_case() {
        assertEquals(1, synonyms.find(analyzer.words("strefa czystego transportu")).size());
        assertEquals(1, synonyms.find(analyzer.words("budzet obywatelski")).size());
        assertEquals(1, synonyms.find(analyzer.words("sct")).size());
    }

    @Test
    void should_match_an_abbreviation_that_is_also_a_word_only_in_capitals() {
        assertEquals(1, synonyms.find(analyzer.words("głosowanie w BO")).size());
        assertEquals(0, synonyms.find(analyzer.words("nie wiem, bo nie mam konta")).size());
    }
}
