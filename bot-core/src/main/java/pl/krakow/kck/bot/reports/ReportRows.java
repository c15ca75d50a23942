package pl.krakow.kck.bot.reports;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import pl.krakow.kck.bot.storage.Row;

/** How a report is kept in table report: the columns read, a row made a {@link Report}, the attributes as JSON. */
final class ReportRows {

    static final String COLUMNS = "id, report_number, conversation_id, source, service_code, service_name, agency, "
            + "status, status_notes, description, address, lat, lon, attributes, photo_id, email, phone, supporters, "
            + "requested_at, updated_at";
    static final String SELECT = "SELECT " + COLUMNS + " FROM report ";

    private ReportRows() {
    }

    static Report report(Row row) throws SQLException {
        return new Report(row.number("id"), row.string("report_number"), row.string("conversation_id"), row.string("source"),
                row.string("service_code"), row.string("service_name"), row.string("agency"), row.string("status"),
                row.string("status_notes"), row.string("description"), row.string("address"), row.nullableDecimal("lat"),
                row.nullableDecimal("lon"), attributes(row.string("attributes")), row.nullableNumber("photo_id"),
                row.string("email"), row.string("phone"), row.integer("supporters"), row.time("requested_at"),
                row.time("updated_at"));
    }

    static String attributesJson(Map<String, List<String>> attributes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        attributes.forEach((code, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(array::add);
            json.add(code, array);
        });
        return json.build().toString();
    }

    private static Map<String, List<String>> attributes(String data) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonObject json = reader.readObject();
            json.forEach((code, values) -> attributes.put(code,
                    values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        }
        return attributes;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
