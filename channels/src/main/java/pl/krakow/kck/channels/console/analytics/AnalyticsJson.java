package pl.krakow.kck.channels.console.analytics;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.bot.analytics.AnalyticsReport;
import pl.krakow.kck.bot.analytics.Table;

/** The analytics as JSON: the period, every figure, every table as an array of objects keyed by column. */
final class AnalyticsJson {

    private AnalyticsJson() {
    }

    static JsonObject of(AnalyticsReport report, JsonObjectBuilder extra) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("from", report.period().from().toString())
                .add("to", report.period().to().toString())
                .add("zone", report.period().zone().getId())
                .add("millis", report.millis());
        report.figures().forEach((name, value) -> add(json, name, value));
        report.tables().forEach((name, table) -> json.add(name, rows(table)));
        extra.build().forEach(json::add);
        return json.build();
    }

    private static JsonArrayBuilder rows(Table table) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (List<Object> row : table.rows()) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            for (int i = 0; i < table.columns().size(); i++) {
                add(object, table.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        return rows;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        switch (value) {
            case null -> json.addNull(name);
            case Long n -> json.add(name, n);
            case Integer n -> json.add(name, n);
            case Double d -> json.add(name, d);
            case Boolean b -> json.add(name, b);
            case List<?> list -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                list.forEach(item -> array.add(String.valueOf(item)));
                json.add(name, array);
            }
            case Map<?, ?> map -> throw new IllegalArgumentException("no maps in analytics: " + name);
            default -> json.add(name, value.toString());
        }
    }
}
