package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.retrieval.LiveIndex;

/**
 * A resident asks after the report while its form is still open, through AssistantService as the channels run it
 * (the handoff gate before the form): the form's honest reply (not sent yet) and its question again, not the offer
 * of a consultant for a personal case; asking for a person in so many words still brings one in.
 */
class HandoffDuringFormTest {

    private static LiveIndex index;
    private static CategoryCatalogue catalogue;

    private final ServedDesk desk = new ServedDesk(index, catalogue);

    @BeforeAll
    static void open() throws IOException, CatalogueException {
        index = LiveIndex.open(Fixtures.knowledgeBaseFolder(), Fixtures.ANALYZER);
        catalogue = ServedDesk.catalogue();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void should_leave_a_question_after_the_open_report_to_the_form_not_offer_a_consultant_in_polish() {
        for (String question : new String[] {"co teraz dzieje się z moim zgłoszeniem?", "a jaki jest status mojego zgłoszenia?"}) {
            ServedDesk.Resident resident = desk.resident();
            Reply form = resident.says("przy ul. Karmelickiej 15 od tygodnia nie świeci latarnia");
            assertEquals(ReplyKind.REPORT, form.kind(), form.text());

            Reply reply = resident.says(question);

            assertEquals(ReplyKind.FALLBACK, reply.kind(), question + ": " + reply.text());
            assertTrue(reply.referred(), reply.text());
            assertTrue(reply.text().contains("To zgłoszenie nie jest jeszcze wysłane."), reply.text());
            assertTrue(reply.text().contains("Wracamy do zgłoszenia."), reply.text());
        }
    }

    @Test
    void should_leave_a_question_after_the_open_report_to_the_form_in_ukrainian() {
        ServedDesk.Resident resident = desk.resident();
        resident.says("Хочу повідомити про проблему");
        Reply place = resident.says(resident.option("Ліхтар не світить або пошкоджений"));
        assertEquals(ReplyKind.REPORT, place.kind(), place.text());

        Reply reply = resident.says("а який зараз статус моєї заяви?");

        assertEquals(ReplyKind.FALLBACK, reply.kind(), reply.text());
        assertEquals(Language.UK, reply.language());
        assertTrue(reply.text().contains("Де це?"), "the form's question again: " + reply.text());
    }

    @Test
    void should_still_offer_a_consultant_to_a_resident_who_asks_for_one_in_the_middle_of_a_report() {
        ServedDesk.Resident resident = desk.resident();
        resident.says("przy ul. Karmelickiej 15 od tygodnia nie świeci latarnia");

        Reply offer = resident.says("wolę jednak porozmawiać z konsultantem");

        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
    }

    @Test
    void should_still_offer_a_consultant_for_a_personal_case_when_no_form_is_open() {
        Reply offer = desk.resident().says("co się dzieje z moim zgłoszeniem? czekam już miesiąc");

        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
    }
}
