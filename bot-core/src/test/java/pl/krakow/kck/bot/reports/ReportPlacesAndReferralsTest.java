package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.bot.reports.FormChoice.Kind.NEW;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.ReportDesk.Resident;

/**
 * The report form, turn by turn as residents go through it, where the place or the matter decides: places shared from a
 * phone, vague places and stops, a report already open nearby, emergencies and other services' matters, ideas without a
 * place, the status of a filed report.
 */
class ReportPlacesAndReferralsTest {

    private final ReportDesk desk = new ReportDesk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void should_stop_an_emergency_and_send_the_resident_to_112() {
        Resident resident = desk.resident();
        Reply gas = resident.says("czuję gaz na klatce schodowej");
        assertEquals(ReplyKind.FALLBACK, gas.kind(), "no form: a fallback that names the number, as for other services' matters");
        assertTrue(gas.text().contains("112"));
        assertTrue(gas.options().isEmpty());
        assertEquals(ReplyKind.ANSWER, resident.says("jak wyrobić dowód osobisty").kind(), "no form was opened");

        Resident other = desk.resident();
        other.says("ktoś wyrzucił gruz w lesie");
        other.says("Las Wolski, parking przy ul. Leśnej");
        Reply midway = other.says("Gruz leży na drodze, obok pali się ogień");
        assertTrue(midway.text().startsWith("Przy pożarze"), midway.text());
        assertTrue(midway.text().contains("112") && midway.text().contains("Co tam leży?"), "the description was kept: " + midway.text());
    }

    @Test
    void should_point_straz_miejska_matters_to_986() {
        Resident resident = desk.resident();
        resident.says("Chcę zgłosić problem");
        Reply parking = resident.says("źle zaparkowany samochód blokuje wjazd");
        assertTrue(parking.text().contains("986"), parking.text());
        assertTrue(parking.options().isEmpty());
        assertEquals(ReplyKind.ANSWER, resident.says("jak wyrobić dowód osobisty").kind(), "the form was closed");
    }

    @Test
    void should_answer_status_in_any_conversation_with_the_city_notes() {
        String number = desk.reports().submit(new NewReport(null, NewReport.OPEN311, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                Location.address("Długa 5"), "Latarnia miga.", java.util.Map.of(), null, null, null, false), "k").report().number();
        desk.clock().advance(Duration.ofDays(1));
        desk.reports().updateStatus(number, Report.CLOSED, "Wymieniono oprawę.", "open311");
        Resident resident = desk.resident();
        Reply status = resident.says("status " + number.toLowerCase());
        assertEquals(ReplyKind.REPORT, status.kind());
        assertTrue(status.text().contains("zamknięte – sprawa załatwiona"), status.text());
        assertTrue(status.text().contains("Wymieniono oprawę."));
        assertTrue(resident.says("status KRK-2026-999999").text().contains("Nie znalazłem zgłoszenia"));

        resident.says("ktoś wyrzucił gruz w lesie");
        Reply during = resident.says("a co z " + number + "?");
        assertTrue(during.text().contains("Wymieniono oprawę.") && during.text().contains("Wracamy do zgłoszenia"), during.text());
    }

    @Test
    void should_offer_to_join_an_open_report_nearby_instead_of_a_new_one() {
        String existing = desk.reports().submit(new NewReport(null, NewReport.CHAT, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                Location.coordinates(50.06700, 19.92900), "Latarnia nie świeci.", java.util.Map.of("ile", List.of("jedna")), null,
                null, null, false), "first").report().number();
        Resident resident = desk.resident();
        resident.says("nie świeci latarnia 50.06720, 19.92910");
        resident.says("1");
        resident.says("pomiń");
        resident.says("pomiń");
        Reply duplicates = resident.says("pomiń");
        assertTrue(duplicates.text().contains("W pobliżu (do 50 m) jest już otwarte zgłoszenie"), duplicates.text());
        assertTrue(duplicates.text().contains(existing));
        assertEquals(List.of("Dołącz do " + existing, "To inny problem – nowe zgłoszenie"), resident.options());
        Reply joined = resident.says("dołącz");
        assertTrue(joined.text().contains("Dołączyłem Twój głos do zgłoszenia **" + existing), joined.text());
        assertEquals(1, desk.reports().find(existing).orElseThrow().supporters());
        assertEquals(1, desk.reports().search(new ReportQuery(List.of(), List.of(), null, null, List.of(), 10)).size(), "no new report");
        assertTrue(resident.says("status " + existing).text().contains("Osób, które dołączyły do zgłoszenia: 1"));

        Resident another = desk.resident();
        another.says("nie świeci latarnia 50.06720, 19.92910");
        another.says("1");
        another.says("pomiń");
        another.says("pomiń");
        another.says("pomiń");
        assertTrue(another.picks(NEW).text().contains("Sprawdź zgłoszenie"));
        assertTrue(another.says("tak").text().contains("KRK-2026-000002"));
    }

    @Test
    void should_take_an_idea_without_a_place() {
        Resident resident = desk.resident();
        Reply idea = resident.says("Mam pomysł: przydałyby się stojaki na rowery przy bibliotekach");
        assertTrue(idea.text().contains("napisz „pomiń”"), idea.text());
        Reply photo = resident.says("pomiń");
        assertTrue(photo.text().contains("zdjęcie"), photo.text());
        resident.says("pomiń");
        Reply summary = resident.says("pomiń");
        assertTrue(summary.text().contains("- Kategoria: Pomysł lub propozycja dla miasta"));
        assertTrue(summary.text().contains("- Miejsce: brak"));
        assertTrue(resident.says("tak").text().contains("KRK-2026-000001"));
    }

    @Test
    void should_take_a_place_shared_from_the_phone_as_the_answer_to_where() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        assertTrue(resident.last().text().contains("Gdzie to jest?"));
        assertTrue(resident.sharesLocation(50.0614, 19.9366).text().contains("Co tam leży?"), resident.last().text());
        resident.says("gruz");
        resident.says("pomiń");
        Reply summary = resident.says("pomiń");
        assertTrue(summary.text().contains("- Miejsce: 50.06140, 19.93660"), summary.text());
    }

    @Test
    void should_change_the_place_when_one_is_shared_at_another_question() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        resident.says("Las Wolski, parking przy ul. Leśnej");
        Reply again = resident.sharesLocation(50.0614, 19.9366);
        assertTrue(again.text().startsWith("Zapisałem miejsce: 50.06140, 19.93660."), again.text());
        assertTrue(again.text().contains("Co tam leży?"), "the same question again: " + again.text());
        assertTrue(resident.sharesLocation(52.2297, 21.0122).text().contains("poza Krakowem"));
    }

    @Test
    void should_open_a_report_about_a_place_shared_without_a_form() {
        Resident resident = desk.resident();
        Reply first = resident.sharesLocation(50.0614, 19.9366);
        assertEquals(ReplyKind.REPORT, first.kind());
        assertTrue(first.text().contains("Rozumiem: 50.06140, 19.93660.") && first.text().contains("Czego dotyczy zgłoszenie?"),
                first.text());
        assertTrue(resident.picksCategory("dzikie-wysypisko").text().contains("Opisz krótko problem"), "the place is known");
    }

    @Test
    void should_ask_where_exactly_when_the_place_is_vague() {
        Resident resident = desk.resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        Reply vague = resident.says("tam gdzie zawsze czekam na autobus");
        assertEquals(ReplyKind.REPORT, vague.kind(), "not taken for a question: " + vague.text());
        assertTrue(vague.text().contains("Potrzebuję dokładniejszego miejsca") && vague.text().contains("Gdzie to jest?"), vague.text());
    }

    @Test
    void should_take_a_stop_as_the_place_without_asking_for_a_number() {
        Resident resident = desk.resident();
        Reply first = resident.says("na przystanku Rondo Mogilskie ktoś zostawił worki ze śmieciami");
        assertTrue(first.text().contains("przystanek Rondo Mogilskie"), first.text());
        assertFalse(first.text().contains("Gdzie dokładnie"), first.text());
    }
}
