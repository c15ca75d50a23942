package pl.krakow.kck.evaluation.questions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads a question file: UTF-8 JSONL, one question object a line, blank lines ignored
 * (format: shared/knowledge/evaluation-format.md). The first bad line stops the read with a message
 * naming the file and line number.
 */
public final class QuestionReader {

    public List<EvalQuestion> read(Path file) throws IOException, QuestionFileException {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new QuestionFileException(name + ": not valid UTF-8");
        }
        return parse(name, text);
    }

    /** Parses the text of a question file called {@code name} (used in messages). */
    public List<EvalQuestion> parse(String name, String text) throws QuestionFileException {
        return JsonLines.read(name, text, "questions", QuestionReader::question, EvalQuestion::id);
    }

    private static EvalQuestion question(String name, int number, JsonObject object) throws QuestionFileException {
        String id = requiredString(object, "id", name, number);
        String text = requiredString(object, "text", name, number);
        String variant = optionalString(object, "variant", name, number);
        JsonValue expectValue = object.get("expect");
        if (!(expectValue instanceof JsonObject expect)) {
            throw error(name, number, "'expect' must be an object");
        }
        String kind = requiredString(expect, "kind", name, number);
        if (!Expectation.KINDS.contains(kind)) {
            throw error(name, number, "'expect.kind' must be one of answer, report, handoff, fallback; got '" + kind + "'");
        }
        String topic = optionalString(expect, "topic", name, number);
        if (Expectation.ANSWER.equals(kind) && topic == null) {
            throw error(name, number, "'expect.topic' is required when 'expect.kind' is answer");
        }
        String article = optionalString(expect, "article", name, number);
        List<List<String>> facts = JsonLines.facts(expect, name, number, "");
        return new EvalQuestion(number, id, text, variant == null ? EvalQuestion.NO_VARIANT : variant,
                new Expectation(kind, topic, article, facts, optionalString(expect, "lang", name, number)));
    }

    private static String requiredString(JsonObject object, String key, String name, int number) throws QuestionFileException {
        String value = optionalString(object, key, name, number);
        if (value == null || value.isBlank()) {
            throw error(name, number, "'" + key + "' is required and must be a non-blank string");
        }
        return value;
    }

    private static String optionalString(JsonObject object, String key, String name, int number) throws QuestionFileException {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw error(name, number, "'" + key + "' must be a string");
        }
        return string.getString();
    }

    private static QuestionFileException error(String name, int number, String message) {
        return JsonLines.error(name, number, message);
    }
}
