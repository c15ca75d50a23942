package pl.krakow.kck.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FactMatcherTest {

    private static final String REPLY = "Wydanie dowodu jest **bezpłatne**.\n\nInfolinia:\u00A012 616  55\n55 (pon.–pt.). Odbiór: Łódzka 5.";

    @Test
    void should_fold_case_and_polish_diacritics_on_both_sides() {
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("BEZPLATN"))));
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("łódzka"))));
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("lodzka 5"))));
        assertTrue(FactMatcher.containsAll("bezplatne", List.of(List.of("bezpłatne"))));
    }

    @Test
    void should_collapse_whitespace_including_line_breaks_and_no_break_spaces() {
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("12 616 55 55"))));
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("  616   55 55 "))));
    }

    @Test
    void should_need_one_alternative_of_every_group() {
        assertTrue(FactMatcher.containsAll(REPLY, List.of(List.of("za darmo", "bezpłatn"), List.of("616 55 55"))));
        assertFalse(FactMatcher.containsAll(REPLY, List.of(List.of("bezpłatn"), List.of("30 dni"))));
        assertFalse(FactMatcher.containsAll(REPLY, List.of(List.of("za darmo", "gratis"))));
    }

    @Test
    void should_hold_vacuously_without_groups() {
        assertTrue(FactMatcher.containsAll("anything", List.of()));
    }

    @Test
    void should_normalize_to_folded_single_spaced_text() {
        assertEquals("zazolc gesla jazn", FactMatcher.normalize("  Zażółć\n\tGĘŚLĄ   jaźń "));
    }
}
