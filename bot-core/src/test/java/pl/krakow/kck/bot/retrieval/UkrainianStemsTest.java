package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UkrainianStemsTest {

    @Test
    void should_give_the_inflected_forms_of_a_polish_word_in_cyrillic_one_stem() {
        assertEquals(UkrainianStems.stem("мельдунек"), UkrainianStems.stem("мельдунку"));
        assertEquals(UkrainianStems.stem("мельдунек"), UkrainianStems.stem("мельдунок"));
        assertEquals(UkrainianStems.stem("мельдунек"), UkrainianStems.stem("мелдунком"));
        assertEquals(UkrainianStems.stem("песель"), UkrainianStems.stem("песеля"));
        assertEquals(UkrainianStems.stem("подгуже"), UkrainianStems.stem("подгужі"));
        assertEquals(UkrainianStems.stem("урзонд"), UkrainianStems.stem("урзонді"));
        assertEquals(UkrainianStems.stem("казімєж"), UkrainianStems.stem("казімежі"));
    }

    @Test
    void should_keep_a_short_word_whole() {
        assertEquals("гут", UkrainianStems.stem("гут"));
        assertEquals("довуд", UkrainianStems.stem("довуд"));
    }

    @Test
    void should_read_an_unknown_inflected_word_by_its_stem_in_the_ukrainian_edition() {
        TextAnalyzer analyzer = TextAnalyzer.of(pl.krakow.kck.bot.language.Language.UK);
        assertEquals(analyzer.word("мельдунек").lemmas(), analyzer.word("мельдунку").lemmas());
        assertEquals(analyzer.word("Подгуже").lemmas(), analyzer.word("Подгужі").lemmas());
    }
}
