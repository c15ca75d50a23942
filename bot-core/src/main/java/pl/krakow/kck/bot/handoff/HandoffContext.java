package pl.krakow.kck.bot.handoff;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * What the assistant learnt in a conversation, read from the reply data stored with its messages: the
 * articles it showed (answers, related articles, choices offered) and the latest problem-report draft, if any
 * (a reply whose data carries a {@code report} or {@code draft} object, or a reply of kind {@code report}).
 *
 * @param reportDraft the draft as JSON text, or null
 */
public record HandoffContext(List<ShownArticle> articles, String reportDraft) {

    /** An article the resident was shown; {@code how} is "odpowiedź", "zobacz też" or "propozycja". */
    public record ShownArticle(String id, String title, String how) {
    }

    public HandoffContext {
        articles = List.copyOf(articles);
    }

    public static HandoffContext of(List<StoredMessage> transcript) {
        Map<String, ShownArticle> shown = new LinkedHashMap<>();
        String draft = null;
        for (StoredMessage message : transcript) {
            if (message.author() != Author.ASSISTANT || message.data() == null) {
                continue;
            }
            JsonObject data = parse(message.data());
            if (data == null) {
                continue;
            }
            JsonObject article = object(data, "article");
            if (article != null) {
                add(shown, article, "odpowiedź");
            }
            for (JsonObject related : objects(data, "related")) {
                add(shown, related, "zobacz też");
            }
            for (JsonObject option : objects(data, "options")) {
                String id = option.getString("id", "");
                if (id.startsWith("article:")) {
                    shown.putIfAbsent(id.substring("article:".length()),
                            new ShownArticle(id.substring("article:".length()), option.getString("label", ""), "propozycja"));
                }
            }
            JsonObject report = object(data, "report");
            JsonObject partial = object(data, "draft");
            if (report != null) {
                draft = report.toString();
            } else if (partial != null) {
                draft = partial.toString();
            } else if ("report".equals(message.kind())) {
                draft = data.toString();
            }
        }
        return new HandoffContext(new ArrayList<>(shown.values()), draft);
    }

    private static void add(Map<String, ShownArticle> shown, JsonObject article, String how) {
        String id = article.getString("id", null);
        if (id != null) {
            ShownArticle previous = shown.get(id);
            if (previous == null || !"odpowiedź".equals(previous.how())) {
                shown.put(id, new ShownArticle(id, article.getString("title", id), how));
            }
        }
    }

    private static JsonObject parse(String data) {
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonObject object(JsonObject data, String key) {
        JsonValue value = data.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static List<JsonObject> objects(JsonObject data, String key) {
        JsonValue value = data.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }
}
