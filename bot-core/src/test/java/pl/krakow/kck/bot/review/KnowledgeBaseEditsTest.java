package pl.krakow.kck.bot.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KnowledgeBaseEditsTest {

    @Test
    void should_add_the_question_as_the_last_item_of_the_front_matters_questions() {
        String article = "---\nid: a\ntitle: T\nquestions:\n  - pierwsze\n  - drugie\nkeywords:\n  - k\n---\nTreść.\n";

        assertEquals("---\nid: a\ntitle: T\nquestions:\n  - pierwsze\n  - drugie\n  - trzecie\nkeywords:\n  - k\n---\nTreść.\n",
                KnowledgeBaseEdits.withQuestion(article, "trzecie"));
    }

    @Test
    void should_start_a_questions_list_when_the_article_has_none() {
        assertEquals("---\nid: a\nquestions:\n  - nowe\n---\nTreść.", KnowledgeBaseEdits.withQuestion("---\nid: a\n---\nTreść.", "nowe"));
    }

    @Test
    void should_make_a_residents_text_one_plain_line_without_yaml_markup() {
        assertEquals("kiedy śmieciarka? pilne", KnowledgeBaseEdits.questionLine("- kiedy: śmieciarka?\n# pilne"));
        assertEquals(KnowledgeBaseEdits.MAX_QUESTION, KnowledgeBaseEdits.questionLine("a".repeat(500)).length());
    }
}
