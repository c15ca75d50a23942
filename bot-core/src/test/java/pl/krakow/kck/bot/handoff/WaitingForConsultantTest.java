package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/** A resident who writes while waiting for a consultant or a callback (issue 12 item 5): never silence. */
class WaitingForConsultantTest extends HandoffConversations {

    @Test
    void should_tell_a_waiting_resident_their_place_in_the_queue_whenever_they_ask_about_the_wait() {
        String id = queuedConversation();
        for (String asked : new String[] {"a kiedy ktoś się odezwie?", "dlugo jeszcze?", "ktora jestem w kolejce"}) {
            Reply told = say(id, asked);
            assertEquals(ReplyKind.HANDOFF, told.kind(), asked);
            assertTrue(told.text().contains("Jesteś 1. w kolejce"), asked + ": " + told.text());
        }
        assertEquals(HandoffState.QUEUED, cases.openFor(id).orElseThrow().state(), "still waiting");
    }

    @Test
    void should_answer_a_real_question_while_waiting_and_say_the_consultant_still_comes() {
        String id = queuedConversation();
        Reply answered = say(id, "a jak wyrobić dowód osobisty?");
        assertEquals(ReplyKind.ANSWER, answered.kind(), answered.text());
        assertEquals("dowod-osobisty", answered.article().topic());
        assertTrue(answered.text().endsWith("konsultant odpisze tutaj, gdy tylko przejmie rozmowę."), answered.text());
        assertTrue(answered.options().stream().anyMatch(o -> o.id().startsWith(HandoffOffers.WITHDRAW)), "withdrawing stays possible");
        assertEquals(HandoffState.QUEUED, cases.openFor(id).orElseThrow().state(), "the question does not end the wait");
        assertEquals(ReplyKind.HANDOFF, say(id, "chodzi o meldunek mojej córki").kind(), "a description is for the consultant: acknowledged");
    }

    @Test
    void should_tell_when_the_consultant_will_call_when_asked_while_a_callback_waits() {
        clock.set(FRIDAY_EVENING);
        String id = service.start("web").id();
        say(id, "chcę rozmawiać z konsultantem");
        say(id, "tak");
        say(id, "600 123 456, chodzi o zameldowanie dziecka");
        Reply told = say(id, "a kiedy oddzwonią?");
        assertEquals(ReplyKind.HANDOFF, told.kind(), told.text());
        assertTrue(told.text().contains("po otwarciu infolinii – w poniedziałek od 7:40"), told.text());
    }

    @Test
    void should_take_the_contact_centre_as_the_subject_of_a_waiting_conversation() {
        AssistantService shipped = new AssistantService(conversations, new DialogueEngine(Fixtures::corpusIndex, new AnswerPolicy()), events, handoffs);
        String id = shipped.start("web").id();
        assertEquals("paszport", shipped.post(id, "ile kosztuje paszport", null).orElseThrow().reply().article().topic());
        shipped.post(id, "chcę rozmawiać z konsultantem", null);
        shipped.post(id, "tak", null);
        Reply hours = shipped.post(id, "a w jakich godzinach pracujecie?", null).orElseThrow().reply();
        assertEquals(ReplyKind.ANSWER, hours.kind(), hours.text());
        assertEquals(HandoffOffers.CONTACT_CENTRE_TOPIC, hours.article().topic(), "not the passport office's hours: " + hours.text());
        assertTrue(handoffs.accepted(cases.openFor(id).orElseThrow().id(), "anna", "Anna"));
        assertNull(shipped.post(id, "dzień dobry", null).orElseThrow().reply(), "a consultant has it: silence");
    }

    @Test
    void should_keep_the_subject_of_a_question_answered_while_waiting_for_its_follow_up() {
        AssistantService shipped = new AssistantService(conversations, new DialogueEngine(Fixtures::corpusIndex, new AnswerPolicy()), events, handoffs);
        String id = shipped.start("web").id();
        shipped.post(id, "chcę rozmawiać z konsultantem", null);
        shipped.post(id, "tak", null);
        assertEquals("paszport", shipped.post(id, "jak wyrobić paszport?", null).orElseThrow().reply().article().topic());
        Reply cost = shipped.post(id, "a ile to kosztuje?", null).orElseThrow().reply();
        assertEquals(ReplyKind.ANSWER, cost.kind(), cost.text());
        assertEquals("paszport", cost.article().topic(), "the passport answered while waiting is the subject: " + cost.text());
    }
}
