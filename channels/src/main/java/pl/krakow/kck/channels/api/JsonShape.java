package pl.krakow.kck.channels.api;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Checks the shape of a JSON text before it is parsed: nesting no deeper than {@code maxDepth}, and nothing
 * but white space after the top-level value. A parser given thousands of nested brackets recurses or throws
 * errors nobody maps; our bodies are a flat object or two levels deep, so this refuses such input in one pass.
 */
public final class JsonShape {

    private final int maxDepth;

    public JsonShape(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Refuses too deep nesting and trailing content (400 problem details); malformed syntax is the parser's to find. */
    public void check(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> {
                    if (++depth > maxDepth) {
                        throw JsonRequests.bad("json-too-deep", Messages.text(Lang.resident(), "api-errors.json-too-deep", maxDepth),
                                "JSON nesting exceeds " + maxDepth + " levels.");
                    }
                }
                case '}', ']' -> {
                    if (--depth == 0 && !text.substring(i + 1).isBlank()) {
                        throw JsonRequests.bad("invalid-json", Messages.text(Lang.resident(), "api-errors.json-trailing"),
                                "Unexpected content after the JSON value (at character " + (i + 2) + ").");
                    }
                }
                default -> {
                    // other characters are the parser's business
                }
            }
        }
    }
}
