package pl.krakow.kck.bot.handoff;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

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
        out.append(say("export-conversation", conversation.id(), conversation.channel())).append('\n');
        out.append(say("export-case", handoff.id(), handoff.reason().label(), handoff.mode().label(), handoff.state().label()));
        if (handoff.resolution() != null) {
            out.append(' ').append(say("export-resolution", handoff.resolution().label()));
        }
        out.append('\n');
        out.append(say("export-requested", time(handoff.requestedAt())));
        if (handoff.consultant() != null) {
            out.append(say("export-consultant", handoff.consultant()));
        }
        out.append('\n');
        List<String> contact = new ArrayList<>();
        if (handoff.contactPhone() != null) {
            contact.add(say("export-phone", handoff.contactPhone()));
        }
        if (handoff.contactEmail() != null) {
            contact.add(say("export-email", handoff.contactEmail()));
        }
        if (!contact.isEmpty()) {
            out.append(say("export-contact", String.join(", ", contact))).append('\n');
        }
        HandoffContext context = HandoffContext.of(transcript);
        if (!context.articles().isEmpty()) {
            out.append(say("export-articles", String.join("; ",
                    context.articles().stream().map(a -> a.title() + " [" + a.id() + ", " + a.how() + "]").toList()))).append('\n');
        }
        if (context.reportDraft() != null) {
            out.append(say("export-draft", context.reportDraft())).append('\n');
        }
        out.append('\n').append(say("export-transcript")).append('\n');
        for (StoredMessage message : transcript) {
            out.append('[').append(time(message.createdAt())).append("] ").append(author(message)).append(": ")
                    .append(message.body().replace("\n", "\n    ")).append('\n');
        }
        out.append('\n').append(say("export-notes")).append('\n');
        if (notes.isEmpty()) {
            out.append(say("export-no-notes")).append('\n');
        }
        for (HandoffNote note : notes) {
            out.append('[').append(time(note.createdAt())).append("] ").append(note.author()).append(": ")
                    .append(note.body().replace("\n", "\n    ")).append('\n');
        }
        return out.toString();
    }

    private static String author(StoredMessage message) {
        return switch (message.author()) {
            case RESIDENT -> say("export-resident");
            case ASSISTANT -> say("export-assistant") + (message.kind() == null ? "" : " (" + message.kind() + ")");
            case CONSULTANT -> say("export-consultant-author");
            case SYSTEM -> say("export-system");
        };
    }

    private static String say(String name, Object... args) {
        return Messages.text(Lang.PL, "console." + name, args);
    }

    private String time(OffsetDateTime at) {
        return at == null ? "–" : TIME.format(at.atZoneSameInstant(zone));
    }
}
