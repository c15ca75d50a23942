package pl.krakow.kck.evaluation.langid;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import pl.krakow.kck.evaluation.questions.QuestionFileException;

/**
 * One line of a language-identification file: {@code {"id", "text", "lang"}} with {@code lang} one of
 * pl, uk, en, ru, other, neutral (nothing to tell a language by: "ok", "2", a report number).
 */
public record LangIdLine(int line, String id, String text, String lang) {

    public static final Set<String> LABELS = Set.of("pl", "uk", "en", "ru", "other", "neutral");

    public boolean neutral() {
        return lang.equals("neutral");
    }

    public int words() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Polish with at least one Polish letter (ą ć ę ł ń ó ś ź ż). */
    public boolean polishLetters() {
        return text.matches("(?s).*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ].*");
    }

    public static List<LangIdLine> read(Path file) throws IOException, QuestionFileException {
        List<LangIdLine> lines = new ArrayList<>();
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(raw.get(i)))) {
                JsonObject json = reader.readObject();
                String lang = json.getString("lang", "");
                if (!LABELS.contains(lang)) {
                    throw new QuestionFileException(file + ":" + (i + 1) + ": lang '" + lang + "' is none of " + LABELS);
                }
                lines.add(new LangIdLine(i + 1, json.getString("id", "line-" + (i + 1)), json.getString("text"), lang));
            } catch (JsonException | ClassCastException | NullPointerException e) {
                throw new QuestionFileException(file + ":" + (i + 1) + ": not a language line with id, text, lang: " + e.getMessage());
            }
        }
        return lines;
    }
}
