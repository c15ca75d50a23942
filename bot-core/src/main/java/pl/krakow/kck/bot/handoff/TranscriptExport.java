package pl.krakow.kck.bot.handoff;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * A case's conversation for the records: as JSON (everything, machine-readable) and as plain text in
 * Polish (times in the infoline's zone). Internal notes come last and are marked as such.
 */
public final class TranscriptExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public TranscriptExport(ZoneId zone) {
        this.zone = zone;
    }

    public JsonObject json(HandoffCase handoff, Conversation conversation, List<StoredMessage> transcript, List<HandoffNote> notes) {
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (StoredMessage message : transcript) {
            messages.add(ReplyJson.message(message));
        }
        JsonArrayBuilder noteArray = JSON.createArrayBuilder();
        for (HandoffNote note : notes) {
            noteArray.add(JSON.createObjectBuilder().add("author", note.author()).add("text", note.body())
                    .add("createdAt", note.createdAt().toString()));
        }
        HandoffContext context = HandoffContext.of(transcript);
        JsonArrayBuilder articles = JSON.createArrayBuilder();
        context.articles().forEach(a -> articles.add(JSON.createObjectBuilder().add("id", a.id()).add("title", a.title()).add("how", a.how())));
        JsonObjectBuilder export = JSON.createObjectBuilder()
                .add("case", CaseJson.of(handoff).build())
                .add("conversation", JSON.createObjectBuilder()
                        .add("id", conversation.id())
                        .add("channel", conversation.channel())
                        .add("createdAt", conversation.createdAt().toString()))
                .add("articlesShown", articles);
        if (context.reportDraft() != null) {
            export.add("reportDraft", context.reportDraft());
        }
        return export.add("messages", messages).add("internalNotes", noteArray).build();
    }

    public String text(HandoffCase handoff, Conversation conversation, List<StoredMessage> transcript, List<HandoffNote> notes) {
        StringBuilder out = new StringBuilder();
        out.append("Rozmowa ").append(conversation.id()).append(" (kanał: ").append(conversation.channel()).append(")\n");
        out.append("Sprawa nr ").append(handoff.id()).append(": ").append(handoff.reason().label()).append("; ")
                .append(handoff.mode().label()).append("; stan: ").append(handoff.state().label());
        if (handoff.resolution() != null) {
            out.append(" (").append(handoff.resolution().label()).append(")");
        }
        out.append('\n');
        out.append("Zgłoszona: ").append(time(handoff.requestedAt()));
        if (handoff.consultant() != null) {
            out.append("; konsultant: ").append(handoff.consultant());
        }
        out.append('\n');
        if (handoff.contactPhone() != null || handoff.contactEmail() != null) {
            out.append("Kontakt: ").append(handoff.contactPhone() == null ? "" : "tel. " + handoff.contactPhone())
                    .append(handoff.contactPhone() != null && handoff.contactEmail() != null ? ", " : "")
                    .append(handoff.contactEmail() == null ? "" : "e-mail " + handoff.contactEmail()).append('\n');
        }
        HandoffContext context = HandoffContext.of(transcript);
        if (!context.articles().isEmpty()) {
            out.append("Artykuły pokazane przez asystenta: ");
            out.append(String.join("; ", context.articles().stream().map(a -> a.title() + " [" + a.id() + ", " + a.how() + "]").toList()));
            out.append('\n');
        }
        if (context.reportDraft() != null) {
            out.append("Szkic zgłoszenia: ").append(context.reportDraft()).append('\n');
        }
        out.append("\n--- Rozmowa ---\n");
        for (StoredMessage message : transcript) {
            out.append('[').append(time(message.createdAt())).append("] ").append(author(message)).append(": ")
                    .append(message.body().replace("\n", "\n    ")).append('\n');
        }
        out.append("\n--- Notatki wewnętrzne (niewidoczne dla mieszkańca) ---\n");
        if (notes.isEmpty()) {
            out.append("(brak)\n");
        }
        for (HandoffNote note : notes) {
            out.append('[').append(time(note.createdAt())).append("] ").append(note.author()).append(": ")
                    .append(note.body().replace("\n", "\n    ")).append('\n');
        }
        return out.toString();
    }

    private static String author(StoredMessage message) {
        return switch (message.author()) {
            case RESIDENT -> "Mieszkaniec";
            case ASSISTANT -> "Asystent" + (message.kind() == null ? "" : " (" + message.kind() + ")");
            case CONSULTANT -> "Konsultant";
            case SYSTEM -> "System";
        };
    }

    private String time(OffsetDateTime at) {
        return at == null ? "–" : TIME.format(at.atZoneSameInstant(zone));
    }
}
