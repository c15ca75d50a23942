package pl.krakow.kck.bot.reports;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * A JSON document read into a tree whose every value knows its line, so that a file an editor keeps by
 * hand (the category catalogue) can be checked with messages that say where the problem is.
 */
final class LocatedJson {

    /** A value and the 1-based line it starts on. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        String typeName();
    }

    /** An object; {@code duplicates} holds keys given twice (the last one is kept), with their lines. */
    record Obj(int line, Map<String, Node> fields, Map<String, Integer> duplicates) implements Node {
        public String typeName() {
            return "an object";
        }
    }

    record Arr(int line, List<Node> items) implements Node {
        public String typeName() {
            return "a list";
        }
    }

    record Str(int line, String value) implements Node {
        public String typeName() {
            return "a text";
        }
    }

    record Num(int line, BigDecimal value) implements Node {
        public String typeName() {
            return "a number";
        }
    }

    record Bool(int line, boolean value) implements Node {
        public String typeName() {
            return "true or false";
        }
    }

    record Null(int line) implements Node {
        public String typeName() {
            return "null";
        }
    }

    /** The document could not be parsed at all. */
    static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private LocatedJson() {
    }

    static Node parse(String text) throws SyntaxException {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new SyntaxException(1, "the file is empty");
            }
            Node root = value(parser, parser.next());
            if (parser.hasNext()) {
                throw new SyntaxException(line(parser), "unexpected text after the end of the document");
            }
            return root;
        } catch (JsonParsingException e) {
            throw new SyntaxException((int) Math.max(1, e.getLocation().getLineNumber()), "malformed JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new SyntaxException(1, "malformed JSON: " + e.getMessage());
        }
    }

    private static Node value(JsonParser parser, JsonParser.Event event) {
        int line = line(parser);
        return switch (event) {
            case START_OBJECT -> object(parser, line);
            case START_ARRAY -> array(parser, line);
            case VALUE_STRING -> new Str(line, parser.getString());
            case VALUE_NUMBER -> new Num(line, parser.getBigDecimal());
            case VALUE_TRUE -> new Bool(line, true);
            case VALUE_FALSE -> new Bool(line, false);
            case VALUE_NULL -> new Null(line);
            default -> throw new IllegalStateException("unexpected " + event);
        };
    }

    private static Obj object(JsonParser parser, int line) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return new Obj(line, fields, duplicates);
            }
            String key = parser.getString();
            int keyLine = line(parser);
            Node value = value(parser, parser.next());
            if (fields.put(key, value) != null) {
                duplicates.put(key, keyLine);
            }
        }
    }

    private static Arr array(JsonParser parser, int line) {
        List<Node> items = new ArrayList<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return new Arr(line, items);
            }
            items.add(value(parser, event));
        }
    }

    private static int line(JsonParser parser) {
        return (int) Math.max(1, parser.getLocation().getLineNumber());
    }
}
