package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.ReportDesk.Resident;

/**
 * A resident asks after the report while still filling it in ("kiedy go zabiorą?", "a co dalej z tym zgłoszeniem?"):
 * a good agent says it is not sent yet and what happens once it is, then goes on with the form; it does not answer
 * from an article that happens to share a word (the registration of a death, uncollected rubbish).
 */
class AfterCareWhileFillingTest {

    private final ReportDesk desk = new ReportDesk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void should_say_the_report_is_not_sent_yet_and_return_to_the_question_the_form_was_on() {
        String[][] conversations = {
                {"ktoś porzucił wrak auta na ul. Mogilskiej 20", "kiedy go zabiorą?"},
                {"na Rondzie Mogilskim nie działa sygnalizacja świetlna", "Rondo Mogilskie", "a co dalej z tym zgłoszeniem?"},
                {"na ul. Wielickiej 12 leży przewrócone drzewo", "ul. Wielicka 12", "nie", "kiedy to usuną?"}};
        for (String[] turns : conversations) {
            Resident resident = desk.resident();
            Reply form = null;
            for (int i = 0; i < turns.length - 1; i++) {
                form = resident.says(turns[i]);
                assertEquals(ReplyKind.REPORT, form.kind(), turns[i] + ": " + form.text());
            }
            Reply reply = resident.says(turns[turns.length - 1]);
            String again = reply.text().substring(reply.text().indexOf("Wracamy do zgłoszenia.") + "Wracamy do zgłoszenia.".length()).strip();
            // no one can say when yet: an honest fallback that says who decides, not a miss of the knowledge base
            assertEquals(ReplyKind.FALLBACK, reply.kind(), turns[turns.length - 1] + ": " + reply.text());
            assertTrue(reply.referred(), reply.text());
            assertNull(reply.article(), reply.text());
            assertTrue(reply.text().startsWith("Nie umiem powiedzieć, kiedy sprawa zostanie załatwiona"), reply.text());
            assertTrue(reply.text().contains("To zgłoszenie nie jest jeszcze wysłane."), reply.text());
            assertTrue(reply.text().contains("Wracamy do zgłoszenia."), reply.text());
            assertTrue(!again.isEmpty() && form.text().contains(again), "the form's question again: " + reply.text());
        }
    }

    @Test
    void should_read_a_question_after_the_repair_with_a_lead_in_and_without_a_question_mark_as_one() {
        Resident resident = desk.resident();
        resident.says("na ul. Dietla przy numerze 40 jest głęboka wyrwa w asfalcie");
        Reply reply = resident.says("a kiedy to załatają");
        assertEquals(ReplyKind.FALLBACK, reply.kind(), reply.text());
        assertTrue(reply.text().contains("Wracamy do zgłoszenia."), reply.text());
    }

    @Test
    void should_answer_thanks_politely_and_go_on_with_the_question_the_form_was_on() {
        for (String thanks : new String[] {"dziękuję", "dzieki wielkie", "ok, dzięki"}) {
            Resident resident = desk.resident();
            Reply form = resident.says("na Rondzie Grunwaldzkim nie działa sygnalizacja świetlna");
            Reply reply = resident.says(thanks);
            assertEquals(ReplyKind.SMALLTALK, reply.kind(), thanks + ": " + reply.text());
            String again = reply.text().substring(reply.text().indexOf("Wracamy do zgłoszenia.") + "Wracamy do zgłoszenia.".length()).strip();
            assertTrue(!again.isEmpty() && form.text().contains(again), "the form's question again: " + reply.text());
        }
    }

    @Test
    void should_not_take_thanks_for_the_place_of_the_problem() {
        Resident resident = desk.resident();
        resident.says("na ul. Grzegórzeckiej nie świeci latarnia");
        resident.says("dzięki");
        Reply next = resident.says("przy skrzyżowaniu z Blich");
        assertEquals(ReplyKind.REPORT, next.kind(), next.text());
        assertTrue(!next.text().contains("dzięki"), next.text());
    }

    @Test
    void should_still_answer_a_question_on_another_matter_asked_while_filling_it_in() {
        Resident resident = desk.resident();
        resident.says("ktoś porzucił wrak auta na ul. Mogilskiej 20");
        Reply answer = resident.says("a ile kosztuje dowód osobisty?");
        assertEquals(ReplyKind.ANSWER, answer.kind());
        assertEquals("dowod-osobisty", answer.article().topic());
    }
}
