package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportWordsTest {

    @Test
    void should_hold_every_list_the_recogniser_reads() {
        // a list renamed in the file would otherwise read as empty, and statements would silently change meaning
        for (String list : ReportWords.LISTS) {
            assertFalse(ReportWords.get(list).isEmpty(), list);
        }
    }

    @Test
    void should_read_folded_words_as_written() {
        assertTrue(ReportWords.get("question-words").contains("skad"));
        assertTrue(ReportWords.get("neutral-verbs").contains("wiedziec"));
        assertTrue(ReportWords.get("still").contains("znowu"));
    }

    @Test
    void should_refuse_a_list_the_file_does_not_have() {
        assertThrows(IllegalArgumentException.class, () -> ReportWords.get("questions"));
    }
}
