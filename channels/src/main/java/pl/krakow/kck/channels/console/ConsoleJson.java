package pl.krakow.kck.channels.console;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.handoff.CaseJson;
import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffNote;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.storage.StoredMessage;

/** JSON the console page reads. Text written by residents travels as plain JSON strings; the page renders it as text. */
final class ConsoleJson {

    private ConsoleJson() {
    }

    static JsonObjectBuilder handoff(HandoffCase handoff, int position, Map<String, Consultant> consultants) {
        JsonObjectBuilder json = CaseJson.of(handoff).add("position", position);
        if (handoff.consultant() != null) {
            Consultant owner = consultants.get(handoff.consultant());
            json.add("consultantName", owner == null ? handoff.consultant() : owner.displayName());
        }
        return json;
    }

    static JsonObjectBuilder message(StoredMessage message) {
        return ReplyJson.message(message);
    }

    static JsonObjectBuilder note(HandoffNote note, Map<String, Consultant> consultants) {
        Consultant author = consultants.get(note.author());
        return JSON.createObjectBuilder()
                .add("id", note.id())
                .add("author", note.author())
                .add("authorName", author == null ? note.author() : author.displayName())
                .add("text", note.body())
                .add("createdAt", note.createdAt().toString());
    }

    static JsonObjectBuilder consultant(Consultant consultant, boolean online) {
        return JSON.createObjectBuilder()
                .add("login", consultant.login())
                .add("name", consultant.displayName())
                .add("role", consultant.role().wire())
                .add("roleLabel", consultant.role().label())
                .add("active", consultant.active())
                .add("online", online);
    }

    /** Parsed JSON, or null when absent or unreadable. */
    static JsonValue parse(String data) {
        if (data == null || data.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The accounts by login, to name consultants in cases and notes. */
    static Map<String, Consultant> byLogin(List<Consultant> accounts) {
        return accounts.stream().collect(Collectors.toMap(Consultant::login, Function.identity()));
    }

    /** A JSON answer the browser does not keep. */
    static void send(ServerResponse response, Status status, JsonObject body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
