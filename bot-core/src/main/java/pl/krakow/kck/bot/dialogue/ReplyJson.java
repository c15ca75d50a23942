package pl.krakow.kck.bot.dialogue;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.storage.StoredMessage;

/** The JSON form of a {@link Reply}: what the API returns and what the transcript keeps. */
public final class ReplyJson {

    private ReplyJson() {
    }

    public static JsonObject toJson(Reply reply) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("kind", reply.kind().wire())
                .add("text", reply.text());
        if (reply.article() != null) {
            json.add("article", ref(reply.article()));
        }
        ReplyParts parts = ReplyParts.of(reply);
        if (parts.title() != null) {
            json.add("title", parts.title());
        }
        if (parts.split()) {
            json.add("essential", parts.essential()).add("more", parts.more());
        }
        JsonArrayBuilder sources = JSON.createArrayBuilder();
        reply.sources().forEach(s -> sources.add(JSON.createObjectBuilder().add("title", s.title()).add("url", s.url().toString())));
        JsonArrayBuilder options = JSON.createArrayBuilder();
        reply.options().forEach(o -> options.add(JSON.createObjectBuilder().add("id", o.id()).add("label", o.label())));
        JsonArrayBuilder related = JSON.createArrayBuilder();
        reply.related().forEach(r -> related.add(ref(r)));
        if (reply.referred()) {
            json.add("referred", true);
        }
        return json.add("sources", sources)
                .add("options", options)
                .add("related", related)
                .add("confidence", Math.round(reply.confidence() * 1000) / 1000.0)
                .add("lang", reply.language().code())
                .build();
    }

    /**
     * A stored message as the API, the console and the exports show it: seq, author, text, time, and
     * for the assistant's replies their kind and structured reply (sources, options, article).
     */
    public static JsonObjectBuilder message(StoredMessage message) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("seq", message.seq())
                .add("author", message.author().wire())
                .add("text", message.body())
                .add("createdAt", message.createdAt().toString());
        if (message.kind() != null) {
            json.add("kind", message.kind());
        }
        JsonObject data = data(message.data());
        if (data != null) {
            json.add("reply", data);
        }
        return json;
    }

    /** The structured data kept with a message, or null when there is none or it is unreadable. */
    public static JsonObject data(String data) {
        if (data == null || data.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The options kept with a stored reply; empty for anything unreadable. */
    public static List<Reply.Option> options(String data) {
        if (data == null || data.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonObject json = reader.readObject();
            List<Reply.Option> options = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("options")) {
                JsonObject option = value.asJsonObject();
                options.add(new Reply.Option(option.getString("id"), option.getString("label")));
            }
            return options;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static JsonObjectBuilder ref(Reply.ArticleRef ref) {
        return JSON.createObjectBuilder().add("id", ref.id()).add("title", ref.title()).add("topic", ref.topic());
    }
}
