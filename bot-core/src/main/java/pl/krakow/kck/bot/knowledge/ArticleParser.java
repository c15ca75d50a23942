package pl.krakow.kck.bot.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an article: front matter in a strict subset of YAML ({@code key: value} lines, lists as
 * {@code   - item} lines under a key) between {@code ---} lines, then the Markdown body. Every error names
 * the file and line.
 */
public final class ArticleParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SCALARS = Set.of("id", "title", "topic", "updated");
    private static final Set<String> LISTS = Set.of("source", "questions", "keywords");

    public Article parse(String file, String text) throws ArticleFormatException {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw problem(file, 1, "the file must start with a '---' line (front matter)");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String list = null;
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.strip().equals("---")) {
                end = i;
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.stripLeading().startsWith("- ") || line.strip().equals("-")) {
                if (list == null) {
                    throw problem(file, number, "a list item must follow a list key (source, questions, keywords)");
                }
                String item = unquote(line.stripLeading().substring(1).strip());
                if (item.isEmpty()) {
                    throw problem(file, number, "empty list item");
                }
                @SuppressWarnings("unchecked")
                List<String> items = (List<String>) fields.get(list);
                items.add(item);
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                throw problem(file, number, "unexpected indentation (only list items '  - ...' are indented)");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw problem(file, number, "expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            if (fields.containsKey(key)) {
                throw problem(file, number, "duplicate key '" + key + "'");
            }
            lineOf.put(key, number);
            if (LISTS.contains(key)) {
                List<String> items = new ArrayList<>();
                if (!value.isEmpty()) {
                    items.add(value); // "source: https://..." on one line is allowed
                }
                fields.put(key, items);
                list = key;
            } else if (SCALARS.contains(key)) {
                if (value.isEmpty()) {
                    throw problem(file, number, "'" + key + "' has no value");
                }
                fields.put(key, value);
                list = null;
            } else {
                throw problem(file, number, "unknown key '" + key + "' (allowed: id, title, topic, source, updated, questions, keywords)");
            }
        }
        if (end < 0) {
            throw problem(file, lines.length, "front matter is not closed by a '---' line");
        }
        for (String required : List.of("id", "title", "topic", "source", "updated")) {
            if (!fields.containsKey(required)) {
                throw problem(file, end + 1, "missing '" + required + "' in front matter");
            }
        }
        String id = (String) fields.get("id");
        if (!ID.matcher(id).matches()) {
            throw problem(file, lineOf.get("id"), "id '" + id + "' must be lowercase ASCII letters, digits and hyphens");
        }
        LocalDate updated;
        try {
            updated = LocalDate.parse((String) fields.get("updated"));
        } catch (DateTimeParseException e) {
            throw problem(file, lineOf.get("updated"), "'updated' must be a date YYYY-MM-DD");
        }
        List<URI> sources = new ArrayList<>();
        for (String source : strings(fields, "source")) {
            sources.add(url(file, lineOf.get("source"), source));
        }
        if (sources.isEmpty()) {
            throw problem(file, lineOf.get("source"), "an article needs at least one source URL");
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        String answer = body.toString().strip();
        if (answer.isEmpty()) {
            throw problem(file, end + 2, "the article has no body (the answer)");
        }
        return new Article(id, (String) fields.get("title"), (String) fields.get("topic"), sources, updated,
                strings(fields, "questions"), strings(fields, "keywords"), answer, file);
    }

    private static URI url(String file, int line, String value) throws ArticleFormatException {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw problem(file, line, "source '" + value + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw problem(file, line, "source '" + value + "' is not a well-formed URL: " + e.getReason());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static ArticleFormatException problem(String file, int line, String message) {
        return new ArticleFormatException(new Problem(file, line, message));
    }
}
