package pl.krakow.kck.evaluation.dialogues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import pl.krakow.kck.evaluation.questions.Expectation;
import pl.krakow.kck.evaluation.questions.JsonLines;
import pl.krakow.kck.evaluation.questions.QuestionFileException;

/**
 * Reads the dialogue lines of a question file (lines with {@code turns}; format:
 * shared/knowledge/evaluation-format.md, "Dialogues"). The first bad line stops the read with a message
 * naming the file, line and turn.
 */
public final class DialogueReader {

    /** Kinds a turn may expect: those of a single question, and the two only a conversation has. */
    public static final Set<String> KINDS = Set.of("answer", "report", "handoff", "fallback", "clarify", "smalltalk");

    /** Languages a turn's reply may be expected in ({@code expect.lang}). */
    public static final Set<String> LANGUAGES = Set.of("pl", "uk", "en");

    /** True when some line of the file is a dialogue (has {@code "turns"}). */
    public static boolean hasDialogues(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.contains("\"turns\"")) {
                return true;
            }
        }
        return false;
    }

    public List<Dialogue> read(Path file) throws IOException, QuestionFileException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public List<Dialogue> parse(String name, String text) throws QuestionFileException {
        return JsonLines.read(name, text, "dialogues", DialogueReader::dialogue, Dialogue::id);
    }

    private static Dialogue dialogue(String name, int number, JsonObject object) throws QuestionFileException {
        String id = string(object, "id", name, number, true);
        String variant = string(object, "variant", name, number, false);
        if (!(object.get("turns") instanceof JsonArray turns) || turns.isEmpty()) {
            throw error(name, number, "'turns' must be a non-empty list (a line without turns is a single question: run it on its own)");
        }
        List<DialogueTurn> parsed = new ArrayList<>();
        for (int t = 0; t < turns.size(); t++) {
            if (!(turns.get(t) instanceof JsonObject turn)) {
                throw error(name, number, "turn " + (t + 1) + " must be an object");
            }
            parsed.add(turn(turn, name, number, t + 1));
        }
        return new Dialogue(number, id, variant == null ? "(none)" : variant, parsed);
    }

    private static DialogueTurn turn(JsonObject turn, String name, int number, int index) throws QuestionFileException {
        String where = "turn " + index + ": ";
        String text = string(turn, "text", name, number, false);
        String choice = string(turn, "choice", name, number, false);
        int option = 0;
        if (turn.get("option") instanceof JsonNumber n) {
            option = n.intValue();
            if (option < 1) {
                throw error(name, number, where + "'option' counts from 1");
            }
        }
        int given = (text != null ? 1 : 0) + (choice != null ? 1 : 0) + (option > 0 ? 1 : 0);
        if (given != 1) {
            throw error(name, number, where + "needs exactly one of 'text', 'choice', 'option'");
        }
        if (!(turn.get("expect") instanceof JsonObject expect)) {
            throw error(name, number, where + "'expect' must be an object");
        }
        String kind = string(expect, "kind", name, number, true);
        if (!KINDS.contains(kind)) {
            throw error(name, number, where + "'expect.kind' must be one of " + String.join(", ", KINDS.stream().sorted().toList())
                    + "; got '" + kind + "'");
        }
        String topic = string(expect, "topic", name, number, false);
        String article = string(expect, "article", name, number, false);
        String lang = string(expect, "lang", name, number, false);
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw error(name, number, where + "'expect.lang' must be one of " + String.join(", ", LANGUAGES.stream().sorted().toList())
                    + "; got '" + lang + "'");
        }
        return new DialogueTurn(text, choice, option, new Expectation(kind, topic, article, JsonLines.facts(expect, name, number, where), lang));
    }

    private static String string(JsonObject object, String key, String name, int number, boolean required) throws QuestionFileException {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw error(name, number, "'" + key + "' is required");
            }
            return null;
        }
        if (!(value instanceof JsonString s) || (required && s.getString().isBlank())) {
            throw error(name, number, "'" + key + "' must be a " + (required ? "non-blank " : "") + "string");
        }
        return s.getString();
    }

    private static QuestionFileException error(String name, int number, String message) {
        return JsonLines.error(name, number, message);
    }
}
