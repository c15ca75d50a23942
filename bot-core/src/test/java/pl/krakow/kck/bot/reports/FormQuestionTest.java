package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;

class FormQuestionTest {

    /** Answers only when the state's subject is what is reported; records every state it was asked with. */
    private static final class OnlyWithSubject implements KnowledgeAnswers {
        final List<DialogueState> asked = new ArrayList<>();
        final boolean aloneAnswers;

        OnlyWithSubject(boolean aloneAnswers) {
            this.aloneAnswers = aloneAnswers;
        }

        @Override
        public Reply reply(String text, String choice, List<Reply.Option> offered) {
            throw new AssertionError("asked without the conversation's state");
        }

        @Override
        public DialogueEngine.Turn turn(String text, String choice, List<Reply.Option> offered, DialogueState state) {
            asked.add(state);
            boolean answers = aloneAnswers || state.hasSubject();
            Reply reply = new Reply(answers ? ReplyKind.ANSWER : ReplyKind.FALLBACK, answers ? "odpowiedź" : "nie wiem", null,
                    List.of(), List.of(), List.of(), answers ? 1 : 0);
            return new DialogueEngine.Turn(reply, state);
        }
    }

    @Test
    void should_read_a_question_without_a_subject_of_its_own_as_a_follow_up_of_what_is_reported() {
        OnlyWithSubject engine = new OnlyWithSubject(false);
        FormQuestion question = new FormQuestion(engine, "a co z nim potem robią?", DialogueState.EMPTY, "Porzucony pojazd (wrak)");
        assertEquals(ReplyKind.ANSWER, question.reply().kind());
        assertEquals(2, engine.asked.size());
        assertEquals(FormQuestion.REPORTS_TOPIC, engine.asked.get(1).topic());
        assertEquals("Porzucony pojazd (wrak)", engine.asked.get(1).words());
        question.reply();
        assertEquals(2, engine.asked.size(), "asked once");
        Reply given = new Reply(ReplyKind.ANSWER, "x", new Reply.ArticleRef("a", "A", "zgloszenia"), List.of(), List.of(), List.of(), 1);
        assertEquals(java.util.Optional.empty(), question.subjectAfter(given), "the stub's reply names no article");
    }

    @Test
    void should_leave_the_state_as_it_was_after_a_question_of_its_own() {
        OnlyWithSubject engine = new OnlyWithSubject(true);
        FormQuestion question = new FormQuestion(engine, "a ile kosztuje bilet dobowy?", DialogueState.EMPTY, "Porzucony pojazd (wrak)");
        Reply reply = question.reply();
        assertEquals(java.util.Optional.empty(), question.subjectAfter(reply));
    }

    @Test
    void should_answer_a_question_of_its_own_as_the_conversation_reads_it() {
        OnlyWithSubject engine = new OnlyWithSubject(true);
        FormQuestion question = new FormQuestion(engine, "a ile kosztuje bilet dobowy?", DialogueState.EMPTY, "Porzucony pojazd (wrak)");
        assertEquals(ReplyKind.ANSWER, question.reply().kind());
        assertEquals(List.of(DialogueState.EMPTY), engine.asked);
    }

    @Test
    void should_not_invent_a_subject_before_the_category_is_known() {
        OnlyWithSubject engine = new OnlyWithSubject(false);
        FormQuestion question = new FormQuestion(engine, "a co dalej?", DialogueState.EMPTY, null);
        assertEquals(ReplyKind.FALLBACK, question.reply().kind());
        assertEquals(1, engine.asked.size());
    }
}
