package pl.krakow.kck.bot.retrieval;

import static pl.krakow.kck.bot.retrieval.AnalysisAssertions.assertAnalyzesTo;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class PolishLemmaAnalyzerTest {

    private final TextAnalyzer analyzer = Fixtures.ANALYZER;

    @Test
    void should_reduce_inflected_forms_to_one_lemma() {
        assertAnalyzesTo(analyzer, "dowodu osobistego", "dowod", "osobisty");
        assertAnalyzesTo(analyzer, "dowód osobisty", "dowod", "osobisty");
        assertAnalyzesTo(analyzer, "dowodem osobistym", "dowod", "osobisty");
    }

    @Test
    void should_lemmatise_words_typed_without_polish_letters() {
        assertAnalyzesTo(analyzer, "dowod osobisty", "dowod", "osobisty");
        assertAnalyzesTo(analyzer, "zaswiadczenia", "zaswiadczenie|zaswiadczyc");
        assertAnalyzesTo(analyzer, "urzedzie", "urzad");
        assertAnalyzesTo(analyzer, "wyrobic", "wyrobic");
        assertAnalyzesTo(analyzer, "zameldowaniu", "zameldowac");
    }

    @Test
    void should_keep_the_lemma_shared_by_the_typed_and_the_restored_word() {
        // "zaswiadczenie" is no word; "zaświadczenie" is, and its lemma folds to the typed form.
        assertAnalyzesTo(analyzer, "zaswiadczenie", "zaswiadczenie|zaswiadczyc");
    }

    @Test
    void should_keep_proper_names_found_case_sensitively() {
        assertAnalyzesTo(analyzer, "w Krakowie", "w|wiek", "krak|krakow");
        assertAnalyzesTo(analyzer, "w krakowie", "w|wiek", "krak|krakow");
    }

    @Test
    void should_pass_unknown_words_and_abbreviations_through_folded() {
        assertAnalyzesTo(analyzer, "SCT mObywatel", "sct", "mobywatel");
        assertAnalyzesTo(analyzer, "Żółwiów", "zolwiow");
    }

    @Test
    void should_fold_polish_letters_including_l_stroke() {
        assertAnalyzesTo(analyzer, "łąka", "laka");
        org.junit.jupiter.api.Assertions.assertEquals("zolty lad", TextAnalyzer.fold("Żółty Ład"));
    }

    @Test
    void should_leave_misspelt_words_for_the_index_to_correct() {
        Word word = analyzer.word("dowdu");
        org.junit.jupiter.api.Assertions.assertFalse(word.inDictionary());
        assertAnalyzesTo(analyzer, "dowdu", "dowdu");
    }
}
