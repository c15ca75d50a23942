package pl.krakow.kck.evaluation.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.evaluation.TestData.answer;
import static pl.krakow.kck.evaluation.TestData.negative;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.Expectation;

class SeenSplitTest {

    private static final List<String> WRITTEN = List.of(
            "Ile kosztuje wyrobienie dowodu osobistego?",
            "czy za dowód trzeba zapłacić",
            "Jak zgłosić dziki wysypisko śmieci w lesie na Bielanach?");

    @Test
    void should_call_seen_an_exact_match_after_folding_and_stripping_punctuation() {
        EvalQuestion plain = answer("a-p", "ILE kosztuje wyrobienie dowodu osobistego!!!", "dowod-osobisty");

        assertEquals(Part.SEEN, split(plain).partOf(plain).orElseThrow());
    }

    @Test
    void should_call_seen_a_token_jaccard_of_at_least_0_8() {
        // 9 tokens of the third text, one changed: 8 common of 10 in the union = 0.8
        EvalQuestion plain = answer("b-p", "Jak zgłosić dzikie wysypisko śmieci w lesie na Bielanach", "odpady");

        assertEquals(Part.SEEN, split(plain).partOf(plain).orElseThrow());
    }

    @Test
    void should_call_unseen_a_rephrased_question() {
        // 3 common (czy, za, dowod) of 8 in the union: 0.375
        EvalQuestion plain = answer("c-p", "czy za dowód osobisty się płaci", "dowod-osobisty");

        assertEquals(Part.UNSEEN, split(plain).partOf(plain).orElseThrow());
    }

    @Test
    void should_give_variants_the_part_of_their_plain_line() {
        EvalQuestion plain = answer("d-p", "Ile kosztuje wyrobienie dowodu osobistego?", "dowod-osobisty");
        EvalQuestion typo = answer("d-t", "Ile kosztuje wyrobeinie dowodu osobsitego?", "dowod-osobisty");
        EvalQuestion rephrased = answer("e-p", "Płaci się za nowy dowód?", "dowod-osobisty");
        EvalQuestion noDiacritics = answer("e-d", "Ile kosztuje wyrobienie dowodu osobistego?", "dowod-osobisty");
        SeenSplit split = new SeenSplit(WRITTEN, List.of(typo, plain, rephrased, noDiacritics));

        assertEquals(Part.SEEN, split.partOf(typo).orElseThrow());
        assertEquals(Part.UNSEEN, split.partOf(noDiacritics).orElseThrow()); // its plain line is unseen
    }

    @Test
    void should_judge_a_line_without_plain_sibling_by_its_own_text() {
        EvalQuestion orphan = answer("f-t", "Ile kosztuje wyrobienie dowodu osobistego", "dowod-osobisty");

        assertEquals(Part.SEEN, split(orphan).partOf(orphan).orElseThrow());
    }

    @Test
    void should_leave_lines_that_expect_no_answer_out_of_the_split() {
        EvalQuestion fallback = negative("fallback-01", Expectation.FALLBACK);

        assertTrue(split(fallback).partOf(fallback).isEmpty());
    }

    @Test
    void should_compute_token_jaccard() {
        assertEquals(0.5, TokenSet.of("a b c").jaccard(TokenSet.of("b c d")), 1e-9);
        assertEquals(1.0, TokenSet.of("Zażółć, gęślą!").jaccard(TokenSet.of("zazolc gesla")), 1e-9);
        assertEquals(0.0, TokenSet.of("?!").jaccard(TokenSet.of("...")), 1e-9);
    }

    private static SeenSplit split(EvalQuestion... questions) {
        return new SeenSplit(WRITTEN, List.of(questions));
    }
}
