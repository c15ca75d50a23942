package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.StoredMessage;

/** The handoff as a resident lives it, through AssistantService, and the consultants' side of the protocol. */
class HandoffsTest extends HandoffConversations {

    @Test
    void should_say_what_will_happen_and_ask_for_consent_before_handing_over() {
        String id = service.start("web").id();
        Reply offer = say(id, "chcę rozmawiać z konsultantem");
        assertEquals(ReplyKind.HANDOFF, offer.kind());
        assertTrue(offer.text().contains("zobaczy całą naszą dotychczasową rozmowę"), offer.text());
        assertTrue(offer.text().endsWith("Czy przekazać rozmowę konsultantowi?"), offer.text());
        assertEquals(List.of("Tak", "Nie"), offer.options().stream().map(Reply.Option::label).toList());
        assertEquals(Optional.empty(), cases.openFor(id), "nothing is handed over before the resident agrees");
    }

    @Test
    void should_queue_the_conversation_with_its_place_and_expected_wait_when_the_resident_agrees() {
        String first = queuedConversation();
        String second = service.start("telegram").id();
        say(second, "czlowiek");
        Reply queued = service.post(second, "", "handoff:yes:explicit-request").orElseThrow().reply();

        assertEquals(ReplyKind.HANDOFF, queued.kind());
        assertTrue(queued.text().contains("Jesteś 2. w kolejce"), queued.text());
        assertTrue(queued.text().contains("około 8 min"), queued.text());
        assertEquals(HandoffState.QUEUED, cases.openFor(first).orElseThrow().state());
        assertEquals(HandoffReason.EXPLICIT_REQUEST, cases.openFor(second).orElseThrow().reason());
    }

    @Test
    void should_stay_with_the_assistant_when_the_resident_declines_or_asks_something_else() {
        String id = service.start("web").id();
        say(id, "połącz mnie z konsultantem");
        Reply declined = say(id, "nie, dziękuję");
        assertEquals(ReplyKind.HANDOFF, declined.kind());
        assertTrue(declined.text().startsWith("Dobrze, zostajemy przy rozmowie ze mną."), declined.text());
        assertEquals(ReplyKind.ANSWER, say(id, "jak wyrobić dowód osobisty").kind());

        String other = service.start("web").id();
        say(other, "połącz mnie z konsultantem");
        assertEquals(ReplyKind.ANSWER, say(other, "zgubiłem dowód osobisty, co robić").kind(), "a new question lets the offer lapse");
        assertEquals(List.of(), cases.forConversation(id));
        assertEquals(List.of(), cases.forConversation(other));
    }

    @Test
    void should_acknowledge_a_waiting_resident_and_stay_silent_once_a_consultant_has_the_conversation() {
        String id = queuedConversation();
        List<StoredMessage> relayed = new ArrayList<>();
        events.subscribe(id, relayed::add);

        AssistantService.Exchange waiting = service.post(id, "to pilne", null).orElseThrow();
        assertEquals(ReplyKind.HANDOFF, waiting.reply().kind(), "queued: the bot says where the resident stands");
        assertTrue(waiting.reply().text().contains("Jesteś 1. w kolejce"), waiting.reply().text());
        assertTrue(service.post(id, "chodzi o meldunek", null).orElseThrow().reply().text().contains("w kolejce"), "every message: never silence");
        assertTrue(service.post(id, "halo?", null).orElseThrow().reply().text().contains("w kolejce"));
        assertTrue(handoffs.accepted(cases.openFor(id).orElseThrow().id(), "anna", "Anna"));
        AssistantService.Exchange owned = service.post(id, "Dzień dobry, chodzi o mój meldunek", null).orElseThrow();
        assertNull(owned.reply(), "a consultant owns it: the bot does not answer");

        assertEquals(List.of(Author.RESIDENT, Author.ASSISTANT, Author.RESIDENT, Author.ASSISTANT, Author.RESIDENT, Author.ASSISTANT,
                Author.SYSTEM, Author.RESIDENT), relayed.stream().map(StoredMessage::author).toList(), "what the resident writes reaches the consultant's side");
        assertEquals("Połączono z konsultantem Krakowskiego Centrum Kontaktu: Anna. Od teraz odpowiada człowiek.", relayed.get(6).body());
        List<StoredMessage> transcript = service.transcript(id);
        assertEquals(Author.RESIDENT, transcript.getLast().author());
        assertTrue(transcript.stream().filter(m -> m.author() == Author.ASSISTANT && m.seq() > 4).allMatch(m -> ReplyKind.HANDOFF.wire().equals(m.kind())));
    }

    @Test
    void should_answer_thanks_while_waiting_politely_with_the_place_in_the_queue() {
        String id = queuedConversation();
        say(id, "chodzi o meldunek dziecka");
        Reply thanked = say(id, "dzięki");
        assertEquals(ReplyKind.SMALLTALK, thanked.kind(), "thanks get a polite word even right after an acknowledgement");
        assertTrue(thanked.text().startsWith("Proszę bardzo.") && thanked.text().contains("Jesteś 1. w kolejce"), thanked.text());
        assertEquals(HandoffState.QUEUED, cases.openFor(id).orElseThrow().state(), "still waiting");
    }

    @Test
    void should_let_a_waiting_resident_withdraw_from_the_acknowledgement() {
        String id = queuedConversation();
        Reply ack = say(id, "czekam");
        Reply withdrawn = service.post(id, "", ack.options().getFirst().id()).orElseThrow().reply();
        assertTrue(withdrawn.text().startsWith("Wycofano prośbę"), withdrawn.text());
    }

    @Test
    void should_deliver_the_consultants_reply_to_the_residents_channel() {
        String id = queuedConversation();
        long caseId = cases.openFor(id).orElseThrow().id();
        handoffs.accepted(caseId, "anna", "Anna");
        List<StoredMessage> delivered = new ArrayList<>();
        events.subscribeAll(delivered::add);

        StoredMessage reply = handoffs.consultantWrote(caseId, "anna", "Dzień dobry, sprawdzę to dla Pana.").orElseThrow();

        assertEquals(Author.CONSULTANT, reply.author());
        assertEquals(List.of(reply), delivered);
        assertEquals(reply, service.transcript(id).getLast());
        assertEquals(Optional.empty(), handoffs.consultantWrote(caseId, "jan", "To nie moja rozmowa"), "only the owner writes");
    }

    @Test
    void should_give_the_conversation_back_to_the_assistant_and_say_so_when_the_consultant_closes_it() {
        String id = queuedConversation();
        long caseId = cases.openFor(id).orElseThrow().id();
        handoffs.accepted(caseId, "anna", "Anna");
        assertFalse(handoffs.completed(caseId, "jan", Resolution.INFORMED), "only the owner closes");

        assertTrue(handoffs.completed(caseId, "anna", Resolution.INFORMED));

        StoredMessage told = service.transcript(id).getLast();
        assertEquals(Author.ASSISTANT, told.author());
        assertTrue(told.body().startsWith("Konsultant zakończył rozmowę. Dalej odpowiada asystent"), told.body());
        assertEquals(Optional.empty(), cases.openFor(id));
        assertEquals(ReplyKind.ANSWER, say(id, "jak wyrobić dowód osobisty").kind(), "the bot answers again");
    }

    @Test
    void should_tell_the_resident_when_the_case_moves_to_another_consultant() {
        String id = queuedConversation();
        long caseId = cases.openFor(id).orElseThrow().id();
        handoffs.accepted(caseId, "anna", "Anna");
        assertFalse(handoffs.transferred(caseId, "jan", "ewa", "Ewa"));
        assertTrue(handoffs.transferred(caseId, "anna", "jan", "Jan"));
        assertEquals("Rozmowę przejmuje inny konsultant: Jan.", service.transcript(id).getLast().body());
        assertEquals(Optional.empty(), handoffs.consultantWrote(caseId, "anna", "jeszcze ja"));
        assertTrue(handoffs.consultantWrote(caseId, "jan", "Teraz ja").isPresent());
    }

    @Test
    void should_let_a_supervisor_transfer_and_close_for_the_owner_and_note_the_transfer_in_the_supervisors_name() {
        Consultant anna = new Consultant("anna", "Anna", Role.CONSULTANT, true);
        Consultant jan = new Consultant("jan", "Jan", Role.CONSULTANT, true);
        Consultant ewa = new Consultant("ewa", "Ewa", Role.SUPERVISOR, true);
        String id = queuedConversation();
        long caseId = cases.openFor(id).orElseThrow().id();
        handoffs.accepted(caseId, "anna", "Anna");
        HandoffCase annas = cases.find(caseId).orElseThrow();
        assertFalse(annas.isVisibleTo(jan), "another consultant's case");
        assertTrue(annas.isVisibleTo(ewa), "a supervisor sees every case");
        assertFalse(handoffs.transfer(annas, jan, ewa), "only the owner or a supervisor");

        assertTrue(handoffs.transfer(annas, ewa, jan));

        assertEquals("jan", cases.find(caseId).orElseThrow().consultant());
        HandoffNote note = cases.notes(caseId).getLast();
        assertEquals("ewa", note.author());
        assertEquals("Przekazano rozmowę: anna → jan.", note.body());
        assertFalse(handoffs.close(cases.find(caseId).orElseThrow(), anna, Resolution.INFORMED), "anna has it no more");
        assertTrue(handoffs.close(cases.find(caseId).orElseThrow(), ewa, Resolution.INFORMED));
        assertEquals(HandoffState.CLOSED, cases.find(caseId).orElseThrow().state());
    }

    @Test
    void should_let_a_waiting_resident_withdraw() {
        String id = queuedConversation();
        Reply withdrawn = say(id, "anuluj");
        assertEquals(ReplyKind.HANDOFF, withdrawn.kind());
        assertTrue(withdrawn.text().startsWith("Wycofano prośbę"), withdrawn.text());
        assertEquals(Resolution.WITHDRAWN, cases.forConversation(id).getFirst().resolution());
        assertEquals(ReplyKind.ANSWER, say(id, "jak wyrobić dowód osobisty").kind());
    }

    @Test
    void should_offer_a_consultant_for_a_complaint_a_personal_case_and_frustration() {
        for (String text : List.of("chcę złożyć skargę na urzędnika", "na jakim etapie jest moj wniosek", "mam juz dosc tego czatu")) {
            Reply offer = say(service.start("web").id(), text);
            assertEquals(ReplyKind.HANDOFF, offer.kind(), text);
            assertEquals("Tak", offer.options().getFirst().label(), text);
        }
    }

    @Test
    void should_take_a_callback_request_after_hours_for_the_next_opening() {
        clock.set(FRIDAY_EVENING);
        String id = service.start("web").id();
        Reply offer = say(id, "chcę rozmawiać z konsultantem");
        assertTrue(offer.text().contains("pon.–pt. 7:40–15:30"), offer.text());
        assertTrue(offer.text().contains("otworzy się w poniedziałek od 7:40"), offer.text());
        assertTrue(offer.text().contains("12 616 55 55"), offer.text());

        Reply ask = say(id, "tak");
        assertTrue(ask.text().startsWith("Podaj proszę numer telefonu"), ask.text());
        assertEquals(Optional.empty(), cases.openFor(id), "nothing is queued without a contact");
        Reply again = say(id, "nie mam telefonu przy sobie");
        assertTrue(again.text().startsWith("Nie widzę w wiadomości numeru telefonu"), again.text());
        Reply taken = say(id, "+48 600 123 456, chodzi o zameldowanie dziecka");

        assertTrue(taken.text().contains("konsultant oddzwoni pod numer 600 123 456 po otwarciu infolinii – w poniedziałek od 7:40"),
                taken.text());
        HandoffCase callback = cases.openFor(id).orElseThrow();
        assertEquals(HandoffMode.CALLBACK, callback.mode());
        assertEquals("600 123 456", callback.contactPhone());
        assertEquals("+48 600 123 456, chodzi o zameldowanie dziecka", callback.message());
        assertEquals(LocalDateTime.parse("2026-12-07T07:40").atZone(TestClock.WARSAW).toInstant(), callback.dueAt().toInstant());
        Reply ack = service.post(id, "jeszcze jedno pytanie", null).orElseThrow().reply();
        assertTrue(ack.text().contains("po otwarciu infolinii – w poniedziałek od 7:40"), "the request waits for a consultant: " + ack.text());
    }

    @Test
    void should_keep_one_callback_per_number_and_point_to_the_infoline_when_the_list_is_full() {
        clock.set(FRIDAY_EVENING);
        HandoffSettings capped = settings.withMaxWaitingCallbacks(2);
        AssistantService small = new AssistantService(conversations, new DialogueEngine(() -> index, new AnswerPolicy()), events,
                new Handoffs(conversations, events, cases, new HandoffEvents(), new QueueDesk(cases, capped.perConversation()),
                        new HandoffTriggers(capped, Fixtures.ANALYZER), capped.hours(), clock));

        assertTrue(leaveNumber(small, "600 123 456").contains("oddzwoni pod numer 600 123 456"));
        String twice = leaveNumber(small, "+48 600-123-456");
        assertTrue(twice.startsWith("Prośba o kontakt pod ten numer już czeka"), twice);
        assertTrue(leaveNumber(small, "601 000 000").contains("oddzwoni pod numer 601 000 000"));
        String full = leaveNumber(small, "602 000 000");
        assertTrue(full.startsWith("Lista próśb o kontakt jest teraz pełna"), full);
        assertTrue(full.contains("12 616 55 55") && full.contains("w poniedziałek od 7:40"), full);
        assertEquals(2, cases.waitingCallbacks(null).all(), "refused requests are not queued");
    }

    private static String leaveNumber(AssistantService service, String phone) {
        String id = service.start("web").id();
        service.post(id, "chcę rozmawiać z konsultantem", null);
        service.post(id, "tak", null);
        return service.post(id, phone + ", proszę o telefon", null).orElseThrow().reply().text();
    }

    @Test
    void should_take_a_written_message_with_an_email_address_after_hours() {
        clock.set("2026-12-25T11:00"); // Christmas
        String id = service.start("web").id();
        assertTrue(say(id, "człowiek").text().contains("otworzy się w poniedziałek od 7:40"));
        say(id, "1");
        Reply taken = say(id, "Proszę o odpowiedź na anna.nowak@example.com w sprawie opłaty za odpady");
        assertTrue(taken.text().contains("konsultant odpisze na adres anna.nowak@example.com"), taken.text());
        assertEquals("anna.nowak@example.com", cases.openFor(id).orElseThrow().contactEmail());
    }

    @Test
    void should_give_up_on_a_callback_without_contact_after_two_tries_and_cancel_on_request() {
        clock.set(FRIDAY_EVENING);
        String id = service.start("web").id();
        say(id, "chcę rozmawiać z konsultantem");
        say(id, "tak");
        say(id, "nie wiem");
        Reply givenUp = say(id, "nadal nie wiem");
        assertTrue(givenUp.text().startsWith("Nie udało się odczytać numeru telefonu"), givenUp.text());
        assertTrue(givenUp.text().contains("12 616 55 55"));

        say(id, "chcę rozmawiać z konsultantem");
        say(id, "tak");
        Reply cancelled = say(id, "anuluj");
        assertTrue(cancelled.text().startsWith("Dobrze, nie zostawiam prośby."), cancelled.text());
        assertEquals(List.of(), cases.forConversation(id));
    }

    @Test
    void should_hand_over_the_context_and_the_whole_transcript() {
        String id = service.start("web").id();
        say(id, "jak wyrobić dowód osobisty");
        say(id, "chcę porozmawiać z konsultantem");
        say(id, "tak");

        HandoffRequest request = requests.getFirst();
        assertEquals("web", request.channel());
        assertEquals(HandoffReason.EXPLICIT_REQUEST, request.handoff().reason());
        assertEquals(List.of("jak wyrobić dowód osobisty", "chcę porozmawiać z konsultantem", "tak"),
                request.transcript().stream().filter(m -> m.author() == Author.RESIDENT).map(StoredMessage::body).toList());
        assertEquals("dowod-wniosek", request.context().articles().getFirst().id());
        assertEquals("odpowiedź", request.context().articles().getFirst().how());
    }

    @Test
    void should_tell_the_resident_to_call_when_the_consultants_side_fails() {
        desk = new ConsultantDesk() {
            @Override
            public Initiation initiate(HandoffRequest request) {
                return new Initiation.Failed("the contact-centre system is down");
            }

            @Override
            public void residentWrote(HandoffCase handoff, StoredMessage message) {
            }

            @Override
            public void withdrawn(HandoffCase handoff) {
            }
        };
        String id = service.start("web").id();
        say(id, "chcę rozmawiać z konsultantem");
        Reply failed = say(id, "tak");
        assertTrue(failed.text().startsWith("Nie udało się teraz przekazać rozmowy konsultantowi. Zadzwoń proszę pod numer 12 616 55 55"),
                failed.text());
        assertEquals(Resolution.FAILED, cases.forConversation(id).getFirst().resolution());
        assertEquals(ReplyKind.ANSWER, say(id, "jak wyrobić dowód osobisty").kind());
    }

    @Test
    void should_let_the_consultants_side_report_a_failure_later() {
        String id = queuedConversation();
        long caseId = cases.openFor(id).orElseThrow().id();
        assertTrue(handoffs.failed(caseId, "no agent logged in"));
        assertTrue(service.transcript(id).getLast().body().contains("12 616 55 55"));
        assertEquals(Optional.empty(), cases.openFor(id));
        assertFalse(handoffs.accepted(caseId, "anna", "Anna"), "a failed case cannot be claimed");
    }
}
