package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.bot.reports.FormChoice.Kind.CONFIRM;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.ReportDesk.Resident;

/** The report form as residents go through it, turn by turn, through AssistantService as every channel runs it. */
class ReportConversationTest {

    private final ReportDesk desk = new ReportDesk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void should_take_a_report_from_the_first_message_to_its_number_in_one_conversation() throws Exception {
        Resident resident = desk.resident();
        Reply first = resident.says("Na Karmelickiej 12 nie świeci latarnia");
        assertEquals(ReplyKind.REPORT, first.kind());
        assertTrue(first.text().contains("Nieświecąca lub uszkodzona latarnia, Karmelicka 12"), first.text());
        assertTrue(first.text().contains("Ile latarni nie działa?"), "category, place and description are known: " + first.text());
        assertEquals(List.of("Jedna", "Kilka", "Cały odcinek ulicy"), resident.options());

        assertTrue(resident.says("1").text().contains("numer"));
        assertTrue(resident.says("pomiń").text().contains("zdjęcie"));
        assertTrue(resident.sendsPhoto().text().startsWith("Dodałem zdjęcie."));
        assertTrue(resident.last().text().contains("e-mail"));
        Reply consent = resident.says("jan.kowalski@example.pl");
        assertTrue(consent.text().contains("wyrażam zgodę") && consent.text().contains("iod@um.krakow.pl"), consent.text());
        Reply summary = resident.says("tak");
        assertTrue(summary.text().contains("Sprawdź zgłoszenie"), summary.text());
        assertTrue(summary.text().contains("- Miejsce: Karmelicka 12"));
        assertTrue(summary.text().contains("- Opis: Na Karmelickiej 12 nie świeci latarnia"));
        assertTrue(summary.text().contains("- Ile latarni nie działa: Jedna"));
        assertTrue(summary.text().contains("- Zdjęcie: dołączone"));
        assertTrue(summary.text().contains("jan.kowalski@example.pl (zgoda na kontakt)"));
        assertEquals(List.of("Wyślij zgłoszenie", "Popraw", "Anuluj"), resident.options());

        Reply accepted = resident.says("wyślij");
        assertEquals(ReplyKind.REPORT, accepted.kind());
        assertTrue(accepted.text().contains("KRK-2026-000001"), accepted.text());
        Report report = desk.reports().find("KRK-2026-000001").orElseThrow();
        assertEquals("oswietlenie", report.serviceCode());
        assertEquals("Karmelicka 12", report.address());
        assertEquals(List.of("jedna"), report.attributes().get("ile"));
        assertEquals("jan.kowalski@example.pl", report.email());
        assertEquals(resident.id(), report.conversationId());
        byte[] stored = desk.photos().find(report.photoId()).orElseThrow().bytes();
        assertFalse(TestImages.contains(stored, TestImages.gpsMarker()), "GPS must not be stored");

        assertTrue(resident.says("tak").text().contains("jest już przyjęte"), "confirming again files nothing new");
        assertEquals(1, desk.reports().search(new ReportQuery(List.of(), List.of(), null, null, List.of(), 10)).size());
        Reply status = resident.says("status KRK-2026-000001");
        assertTrue(status.text().contains("przyjęte, w realizacji"), status.text());
        assertEquals(ReplyKind.ANSWER, resident.says("jak wyrobić dowód osobisty").kind(), "after the report the assistant answers again");
    }

    @Test
    void should_name_the_dispatchers_number_before_anything_else_for_a_danger() {
        Resident resident = desk.resident();
        Reply first = resident.says("studzienka bez pokrywy na chodniku przy ul. Grzegórzeckiej 15, ktoś może wpaść!");
        assertEquals(ReplyKind.REPORT, first.kind());
        assertTrue(first.text().startsWith("Otwarta studzienka"), first.text());
        assertTrue(first.text().indexOf("12 616 75 55") < first.text().indexOf("Przyjmę zgłoszenie"), first.text());
        assertTrue(first.text().contains("Studzienka, właz lub kratka ściekowa"), first.text());
    }

    @Test
    void should_ask_the_category_first_with_the_likeliest_ones_when_the_statement_names_none() {
        Resident resident = desk.resident();
        Reply first = resident.says("Pod wiaduktem na Lipowej wszystko pomazane i zdewastowane");
        assertEquals(ReplyKind.REPORT, first.kind());
        assertTrue(first.text().contains("Która kategoria najlepiej pasuje?"), first.text());
        assertTrue(resident.options().contains("Zniszczone mienie publiczne, graffiti lub wandalizm"), resident.options().toString());
        assertEquals("Inna kategoria", resident.options().getLast());
        assertTrue(resident.options().size() <= ReportRecognizer.RANKED_CHOICES + 1);
    }

    @Test
    void should_ask_for_every_missing_answer_one_at_a_time_with_choices() {
        Resident resident = desk.resident();
        Reply category = resident.says("Chcę zgłosić problem");
        assertEquals(ReplyKind.REPORT, category.kind());
        assertTrue(category.text().contains("Czego dotyczy zgłoszenie?"));
        assertTrue(resident.options().contains("Pomysł lub propozycja dla miasta"));
        assertTrue(resident.options().contains("Dzikie wysypisko lub porzucone odpady"));
        assertTrue(resident.picksCategory("dzikie-wysypisko").text().contains("Gdzie to jest?"));
        assertTrue(resident.says("50.0614, 19.9366").text().contains("Opisz krótko problem"));
        assertTrue(resident.says("Za garażami ktoś wysypał gruz i stare opony.").text().contains("Co tam leży?"));
        assertTrue(resident.says("1, 2").text().contains("zdjęcie"));
        assertTrue(resident.says("pomiń").text().contains("e-mail"));
        Reply summary = resident.says("nie chcę");
        assertTrue(summary.text().contains("- Miejsce: 50.06140, 19.93660"), summary.text());
        assertTrue(summary.text().contains("- Co tam leży: Gruz, Opony"), summary.text());
        assertTrue(summary.text().contains("- Kontakt: brak – zgłoszenie anonimowe"));
        assertTrue(resident.picks(CONFIRM).text().contains("KRK-2026-000001"));
        Report report = desk.reports().find("KRK-2026-000001").orElseThrow();
        assertEquals(50.0614, report.lat());
        assertNull(report.email());
    }

    @Test
    void should_answer_a_question_asked_while_the_building_number_is_awaited_and_not_take_it_for_the_place() {
        Resident resident = desk.resident();
        resident.says("dziura w jezdni na Wielickiej");
        assertTrue(resident.last().text().contains("Gdzie dokładnie („Wielicka”)"), resident.last().text());

        Reply asked = resident.says("a kiedy jest wywóz odpadów?");
        assertEquals(ReplyKind.ANSWER, asked.kind(), asked.text());
        assertTrue(asked.text().contains("Wracamy do zgłoszenia. Gdzie dokładnie („Wielicka”)"), asked.text());
        // read in the conversation and then as about what is being reported (no article on roads here), not as a
        // follow-up of the waste collection answered in between
        Reply roads = resident.says("a kto właściwie łata dziury w drogach?");
        assertTrue(roads.text().contains("Na to pytanie nie znam odpowiedzi"), roads.text());
        assertTrue(roads.text().contains("Gdzie dokładnie („Wielicka”)"), "still waiting for the place: " + roads.text());

        assertTrue(resident.says("28a").text().contains("Czy uszkodzenie zagraża"), resident.last().text());
        resident.says("tak");
        resident.says("pomiń");
        Reply summary = resident.says("pomiń");
        assertTrue(summary.text().contains("- Miejsce: Wielicka 28a"), "the question is not part of the place: " + summary.text());
    }

    @Test
    void should_take_a_place_the_resident_is_unsure_of_as_the_detail() {
        Resident resident = desk.resident();
        resident.says("dziura w jezdni na Wielickiej");
        assertTrue(resident.says("koło przystanku?").text().contains("Czy uszkodzenie zagraża"), resident.last().text());
    }

    @Test
    void should_let_the_resident_go_back_and_correct_any_answer() {
        Resident resident = desk.resident();
        resident.says("dziura w jezdni na Wielickiej");
        assertTrue(resident.last().text().contains("Gdzie dokładnie („Wielicka”)"), resident.last().text());
        assertTrue(resident.says("28a").text().contains("Czy uszkodzenie zagraża"), resident.last().text());
        assertTrue(resident.says("wróć").text().contains("Gdzie dokładnie") || resident.last().text().contains("Gdzie to jest"),
                resident.last().text());
        assertTrue(resident.last().text().contains("Obecnie: Wielicka 28a"), resident.last().text());
        assertTrue(resident.says("Wielicka 30, przy przystanku").text().contains("Czy uszkodzenie zagraża"));
        resident.says("tak");
        resident.says("pomiń");
        Reply summary = resident.says("pomiń");
        assertTrue(summary.text().contains("- Miejsce: Wielicka 30, przy przystanku"), summary.text());
        assertTrue(summary.text().contains("- Czy uszkodzenie zagraża bezpieczeństwu ruchu: Tak, zagraża"), summary.text());

        assertTrue(resident.says("popraw").text().contains("Co chcesz poprawić?"));
        assertTrue(resident.options().containsAll(List.of("Kategoria", "Miejsce", "Opis", "Zdjęcie", "Kontakt")));
        Reply description = resident.says("Opis");
        assertTrue(description.text().contains("Obecnie: dziura w jezdni na Wielickiej"), description.text());
        Reply corrected = resident.says("Głęboka dziura na prawym pasie, samochody ją omijają.");
        assertTrue(corrected.text().contains("- Opis: Głęboka dziura na prawym pasie"), "back to the summary: " + corrected.text());
        assertTrue(corrected.text().contains("- Miejsce: Wielicka 30, przy przystanku"), "other answers kept");

        Reply category = resident.says("zmień kategorię");
        assertTrue(category.text().contains("Czego dotyczy zgłoszenie?"));
        Reply sidewalk = resident.picksCategory("chodnik");
        assertTrue(sidewalk.text().contains("- Kategoria: Uszkodzony chodnik lub droga rowerowa"), sidewalk.text());
        assertFalse(sidewalk.text().contains("zagraża"), "the old category's attributes are gone");
    }

    @Test
    void should_cancel_at_any_step_and_send_nothing() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        Reply cancelled = resident.says("anuluj");
        assertEquals(ReplyKind.REPORT, cancelled.kind());
        assertTrue(cancelled.text().contains("nic nie zostało wysłane"));
        assertTrue(desk.reports().search(new ReportQuery(List.of(), List.of(), null, null, List.of(), 10)).isEmpty());
        assertEquals(ReplyKind.ANSWER, resident.says("jak wyrobić dowód osobisty").kind(), "the form is gone");
        assertTrue(resident.picks(CONFIRM).text().contains("zamknięty"), "an old button files nothing");
    }

    @Test
    void should_answer_an_unrelated_question_and_return_to_the_form_where_it_was() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        assertTrue(resident.last().text().contains("Gdzie to jest?"));
        Reply answer = resident.says("Jak wyrobić dowód osobisty?");
        assertEquals(ReplyKind.ANSWER, answer.kind());
        assertEquals("dowod-wniosek", answer.article().id());
        assertTrue(answer.text().contains("Wracamy do zgłoszenia. Gdzie to jest?"), answer.text());
        Reply next = resident.says("Las Wolski, parking przy ul. Leśnej");
        assertTrue(next.text().contains("Co tam leży?"), "the form resumed where it was: " + next.text());
    }

    @Test
    void should_ask_again_with_the_reason_and_keep_the_other_answers() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        Reply outside = resident.says("52.2297, 21.0122");
        assertTrue(outside.text().contains("poza Krakowem") && outside.text().contains("Gdzie to jest?"), outside.text());
        assertTrue(resident.says("12").text().contains("dokładniejszego miejsca"));
        resident.says("Las Wolski, parking przy ul. Leśnej");
        assertTrue(resident.says("jakieś rzeczy").text().contains("Wybierz co najmniej jedną"));
        resident.says("gruz");
        resident.says("pomiń");
        Reply email = resident.says("jan.kowalski@");
        assertTrue(email.text().contains("nie wygląda na poprawny adres e-mail"), email.text());
        resident.says("600 123 456");
        assertTrue(resident.says("może").text().contains("Odpowiedz proszę „tak” albo „nie”"));
        Reply summary = resident.says("nie");
        assertTrue(summary.text().contains("- Miejsce: Las Wolski, parking przy ul. Leśnej"), summary.text());
        assertTrue(summary.text().contains("- Co tam leży: Gruz"));
        assertTrue(summary.text().contains("- Kontakt: brak – zgłoszenie anonimowe"), "no consent, no contact details");
    }

    @Test
    void should_keep_the_draft_across_a_restart() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        resident.says("Las Wolski, parking przy ul. Leśnej");
        desk.restart();
        Reply next = resident.says("gruz");
        assertTrue(next.text().contains("zdjęcie"), "the restarted service knows where the form was: " + next.text());
    }

    @Test
    void should_forget_a_draft_left_for_more_than_a_day() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        desk.clock().advance(Duration.ofHours(25));
        assertEquals(ReplyKind.ANSWER, resident.says("Jak wyrobić dowód osobisty?").kind());
        assertFalse(resident.last().text().contains("Wracamy do zgłoszenia"));
    }

    @Test
    void should_start_the_form_on_the_report_command_as_on_the_words() {
        Resident words = desk.resident();
        Resident command = desk.resident();
        assertEquals(words.says("Chcę zgłosić problem").text(), command.sendsCommand(Input.Command.Kind.REPORT).text());
        assertEquals(words.options(), command.options());
        command.picksCategory("dzikie-wysypisko");
        assertTrue(command.sendsCommand(Input.Command.Kind.REPORT).text().contains("Wracamy do zgłoszenia. Gdzie to jest?"),
                "the open form is not started again: " + command.last().text());
    }

    @Test
    void should_take_yes_said_at_more_length() {
        Resident resident = desk.resident();
        resident.says("Na Karmelickiej 12 nie świeci latarnia");
        resident.says("1");
        resident.says("pomiń");
        resident.says("pomiń");
        resident.says("jan.kowalski@example.pl");
        assertTrue(resident.says("tak, zgadzam się").text().contains("Sprawdź zgłoszenie"), resident.last().text());
        assertTrue(resident.says("ok wysyłaj").text().contains("KRK-2026-000001"), resident.last().text());
    }

    @Test
    void should_not_take_a_yes_with_a_but_as_sending() {
        Resident resident = desk.resident();
        resident.says("Na Karmelickiej 12 nie świeci latarnia");
        resident.says("1");
        resident.says("pomiń");
        resident.says("pomiń");
        assertTrue(resident.says("pomiń").text().contains("Sprawdź zgłoszenie"), resident.last().text());
        assertFalse(resident.says("tak, ale zmień opis").text().contains("KRK-2026"), resident.last().text());
    }
}
