package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/**
 * The repeated-misses rule as a resident meets it, through AssistantService: when the assistant offers a
 * consultant, what is no miss (asking what a question is about, naming the institution that handles a
 * matter), and what stays on screen with the offer.
 */
class HandoffMissesTest extends HandoffConversations {

    @Test
    void should_offer_a_consultant_when_the_assistant_misses_again() {
        String id = service.start("web").id();
        Reply first = say(id, "Jak zapisać dziecko do przedszkola?");
        assertEquals(ReplyKind.FALLBACK, first.kind());
        Reply second = say(id, "Ile wynosi akcyza za sprowadzenie auta z Niemiec?");
        assertEquals(ReplyKind.HANDOFF, second.kind());
        assertTrue(second.text().startsWith("Widzę, że nie udaje mi się znaleźć odpowiedzi."), second.text());
        assertEquals("handoff:yes:repeated-misses", second.options().getFirst().id());
        Reply declined = say(id, "2");
        assertTrue(declined.text().startsWith("Dobrze"), declined.text());
        assertEquals(ReplyKind.FALLBACK, say(id, "Jak zapisać dziecko do przedszkola?").kind(), "the count starts again after an offer");
    }

    @Test
    void should_ask_what_a_question_is_about_instead_of_offering_a_consultant() {
        String id = service.start("web").id();
        assertEquals(ReplyKind.FALLBACK, say(id, "Jak zapisać dziecko do przedszkola?").kind());
        Reply asked = say(id, "7");
        assertEquals(ReplyKind.CLARIFY, asked.kind(), "a number with no options on screen: asking back is no miss: " + asked.text());
        Reply which = say(id, "ile kosztuje dokument");
        assertEquals(ReplyKind.CLARIFY, which.kind(), "a question naming no subject: asking which is no miss: " + which.text());
        assertEquals(ReplyKind.HANDOFF, say(id, "Ile wynosi akcyza za sprowadzenie auta z Niemiec?").kind(),
                "the questions asked back did not count, the first fallback did: this is the second miss");
    }

    @Test
    void should_not_count_a_reply_naming_the_institution_that_handles_the_matter_as_a_miss() {
        String id = service.start("web").id();
        Reply zus = say(id, "Jak obliczyć emeryturę w ZUS?");
        assertEquals(ReplyKind.FALLBACK, zus.kind());
        assertTrue(zus.referred() && zus.text().contains("Zakładu Ubezpieczeń Społecznych"), zus.text());
        assertEquals(ReplyKind.FALLBACK, say(id, "Jak zapisać dziecko do przedszkola?").kind(), "one miss so far: no consultant yet");
        assertEquals(ReplyKind.HANDOFF, say(id, "Ile wynosi akcyza za sprowadzenie auta z Niemiec?").kind());
    }

    @Test
    void should_keep_the_clarifying_choices_on_screen_with_the_offer_and_answer_the_one_picked() {
        String id = service.start("web").id();
        say(id, "Jak zapisać dziecko do przedszkola?");
        Reply offer = say(id, "dowód osobisty dla dziecka");

        assertEquals(ReplyKind.HANDOFF, offer.kind());
        assertTrue(offer.text().startsWith("Nie jestem pewien, o co dokładnie pytasz."), "the clarifying question first: " + offer.text());
        assertTrue(offer.text().endsWith("Czy przekazać rozmowę konsultantowi?"), offer.text());
        assertEquals(List.of("Co zrobić, gdy zgubię dowód osobisty?", "Jak wyrobić dowód osobisty?", "Tak", "Nie"),
                offer.options().stream().map(Reply.Option::label).toList(), "the subjects, then the consent question's answers");

        Reply picked = say(id, "2");
        assertEquals(ReplyKind.ANSWER, picked.kind(), "a subject picked by its number: " + picked.text());
        assertEquals("dowod-wniosek", picked.article().id());
        assertEquals(List.of(), cases.forConversation(id), "nothing handed over");
    }

    @Test
    void should_hand_over_when_the_resident_agrees_to_an_offer_that_kept_the_choices() {
        String id = service.start("web").id();
        say(id, "Jak zapisać dziecko do przedszkola?");
        say(id, "dowód osobisty dla dziecka");
        Reply queued = say(id, "tak");
        assertTrue(queued.text().contains("w kolejce"), queued.text());
        assertEquals(HandoffReason.REPEATED_MISSES, cases.openFor(id).orElseThrow().reason());
    }
}
