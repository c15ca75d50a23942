package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.StoredMessage;

class TranscriptExportTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T09:00:00Z");
    private final TranscriptExport export = new TranscriptExport(ZoneId.of("Europe/Warsaw"));
    private final Conversation conversation = new Conversation("c-1", "web", AT, AT, 4);
    private final HandoffCase handoff = new HandoffCase(7, "c-1", HandoffState.CLOSED, HandoffMode.LIVE, HandoffReason.EXPLICIT_REQUEST,
            "anna", null, null, null, Resolution.INFORMED, AT, AT, AT, AT);
    private final List<StoredMessage> transcript = List.of(
            new StoredMessage(1, "c-1", 1, Author.RESIDENT, null, "zgubiłem dowód <b>", null, AT),
            new StoredMessage(2, "c-1", 2, Author.ASSISTANT, "answer", "Zgłoś utratę.",
                    "{\"kind\":\"answer\",\"article\":{\"id\":\"dowod-zgubiony\",\"title\":\"Zgubiony dowód\",\"topic\":\"dowod-osobisty\"},"
                            + "\"related\":[{\"id\":\"dowod-wniosek\",\"title\":\"Wniosek o dowód\",\"topic\":\"dowod-osobisty\"}],"
                            + "\"options\":[]}", AT),
            new StoredMessage(3, "c-1", 3, Author.ASSISTANT, "report", "Szkic zgłoszenia",
                    "{\"kind\":\"report\",\"report\":{\"category\":\"dziura\",\"where\":\"ul. Długa\"}}", AT),
            new StoredMessage(4, "c-1", 4, Author.CONSULTANT, null, "Dzień dobry, pomogę.", null, AT));
    private final List<HandoffNote> notes = List.of(new HandoffNote(1, 7, "anna", "sprawa pilna", AT));

    @Test
    void should_export_everything_as_json() {
        JsonObject json = export.json(handoff, conversation, transcript, notes);
        assertEquals(7, json.getJsonObject("case").getInt("id"));
        assertEquals("informed", json.getJsonObject("case").getString("resolution"));
        assertEquals(4, json.getJsonArray("messages").size());
        assertEquals("zgubiłem dowód <b>", json.getJsonArray("messages").getJsonObject(0).getString("text"));
        assertEquals("dowod-zgubiony", json.getJsonArray("messages").getJsonObject(1).getJsonObject("reply").getJsonObject("article").getString("id"));
        assertEquals(List.of("dowod-zgubiony", "dowod-wniosek"),
                json.getJsonArray("articlesShown").getValuesAs(JsonObject.class).stream().map(a -> a.getString("id")).toList());
        assertEquals("{\"category\":\"dziura\",\"where\":\"ul. Długa\"}", json.getString("reportDraft"));
        assertEquals("sprawa pilna", json.getJsonArray("internalNotes").getJsonObject(0).getString("text"));
    }

    @Test
    void should_export_readable_polish_text_with_local_times_and_notes_marked() {
        String text = export.text(handoff, conversation, transcript, notes);
        assertTrue(text.contains("Sprawa nr 7: Prośba o rozmowę z konsultantem; rozmowa na żywo; stan: zamknięta (Udzielono informacji)"), text);
        assertTrue(text.contains("[2026-12-07 10:00:00] Mieszkaniec: zgubiłem dowód <b>"), text);
        assertTrue(text.contains("Asystent (answer): Zgłoś utratę."), text);
        assertTrue(text.contains("Konsultant: Dzień dobry, pomogę."), text);
        assertTrue(text.contains("Artykuły pokazane przez asystenta: Zgubiony dowód [dowod-zgubiony, odpowiedź]; Wniosek o dowód [dowod-wniosek, zobacz też]"), text);
        assertTrue(text.contains("--- Notatki wewnętrzne (niewidoczne dla mieszkańca) ---\n[2026-12-07 10:00:00] anna: sprawa pilna"), text);
    }
}
