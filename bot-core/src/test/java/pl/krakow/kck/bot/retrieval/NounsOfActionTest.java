package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class NounsOfActionTest {

    private final TextAnalyzer analyzer = Fixtures.ANALYZER;
    private final Synonyms matters = new Synonyms(List.of(
            List.of("legalizacja pobytu"),
            List.of("zgłoszenie szkody"),
            List.of("zarejestrować spółkę")), analyzer, Stopwords.polish(), NounsOfAction::read);

    @Test
    void should_read_a_perfective_verb_as_the_noun_of_its_act() {
        assertEquals(0, matters.find(analyzer.words("jak mogę zalegalizować pobyt w Polsce")).getFirst().group());
        assertEquals(0, matters.find(analyzer.words("gdzie się legalizuje pobyt")).getFirst().group());
    }

    @Test
    void should_read_a_verbal_noun_or_a_noun_of_action_as_the_verb_of_a_phrase() {
        assertEquals(2, matters.find(analyzer.words("rejestracja spółki w sądzie")).getFirst().group());
        assertEquals(2, matters.find(analyzer.words("zarejestrowanie spółki")).getFirst().group());
    }

    @Test
    void should_not_join_unrelated_verbs_or_nouns() {
        assertEquals(List.of(), matters.find(analyzer.words("pobyt w hotelu i jego organizacja")));
        assertEquals(List.of(), matters.find(analyzer.words("zarejestrować samochód")));
        assertEquals(List.of(), new Synonyms(List.of(List.of("rejestracja firmy")), analyzer, Stopwords.polish())
                .find(analyzer.words("chcę zarejestrować firmę")));
    }
}
