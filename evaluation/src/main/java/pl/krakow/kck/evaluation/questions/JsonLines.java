package pl.krakow.kck.evaluation.questions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What the question and the dialogue readers share (format: shared/knowledge/evaluation-format.md): the file's
 * lines, one JSON object a line (a line that is none stops the read), blank lines and a byte-order mark ignored, ids unique; the expected facts; errors
 * naming the file and line.
 */
public final class JsonLines {

    /** Reads one line's object (the line's number counted from 1) into an item. */
    @FunctionalInterface
    public interface LineParser<T> {
        T parse(String name, int number, JsonObject object) throws QuestionFileException;
    }

    private JsonLines() {
    }

    /**
     * The items of every non-blank line, in order; the first bad line, an id used twice or no item at all stops the
     * read.
     *
     * @param noun what the items are, for the message of a file without any ("questions")
     */
    public static <T> List<T> read(String name, String text, String noun, LineParser<T> parser, Function<T, String> id)
            throws QuestionFileException {
        List<T> items = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            T item = parser.parse(name, number, object(name, number, lines[i]));
            Integer previous = ids.putIfAbsent(id.apply(item), number);
            if (previous != null) {
                throw error(name, number, "id '" + id.apply(item) + "' is already used on line " + previous);
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new QuestionFileException(name + ": no " + noun);
        }
        return List.copyOf(items);
    }

    /**
     * {@code expect.facts}: groups of alternatives, each group a non-empty list of non-blank strings; none when absent.
     *
     * @param where what a problem's message begins with after the file and line ({@code "turn 2: "}, or empty)
     */
    public static List<List<String>> facts(JsonObject expect, String name, int number, String where) throws QuestionFileException {
        JsonValue value = expect.get("facts");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray groups)) {
            throw error(name, number, where + "'expect.facts' must be a list of lists of strings");
        }
        List<List<String>> facts = new ArrayList<>();
        for (JsonValue group : groups) {
            if (!(group instanceof JsonArray alternatives) || alternatives.isEmpty()) {
                throw error(name, number, where + "each group of 'expect.facts' must be a non-empty list of strings");
            }
            List<String> strings = new ArrayList<>();
            for (JsonValue alternative : alternatives) {
                if (!(alternative instanceof JsonString string) || string.getString().isBlank()) {
                    throw error(name, number, where + "each alternative in 'expect.facts' must be a non-blank string");
                }
                strings.add(string.getString());
            }
            facts.add(strings);
        }
        return facts;
    }

    private static JsonObject object(String name, int number, String line) throws QuestionFileException {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw error(name, number, "not a JSON object: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A problem of line {@code number} of file {@code name}. */
    public static QuestionFileException error(String name, int number, String message) {
        return new QuestionFileException(name + ":" + number + ": " + message);
    }
}
