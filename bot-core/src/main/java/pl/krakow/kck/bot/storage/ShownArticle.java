package pl.krakow.kck.bot.storage;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The article a stored reply showed ({@code data.article}), kept in its own columns beside the reply so that
 * analytics counts answers per article and topic in SQL.
 */
record ShownArticle(String id, String topic) {

    private static final int MAX_ID = 128;
    private static final int MAX_TOPIC = 64;

    /** The article in a reply's JSON data, or null when there is none (or the data is unreadable). */
    static ShownArticle in(String data) {
        if (data == null || !data.contains("\"article\"")) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonValue article = reader.readObject().get("article");
            if (article == null || article.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            JsonObject ref = article.asJsonObject();
            String id = ref.getString("id", null);
            return id == null ? null : new ShownArticle(cut(id, MAX_ID), cut(ref.getString("topic", null), MAX_TOPIC));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
