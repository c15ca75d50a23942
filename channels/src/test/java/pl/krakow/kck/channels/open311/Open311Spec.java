package pl.krakow.kck.channels.open311;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What GeoReport v2 (wiki.open311.org/GeoReport_v2) says each response item holds; the tests check
 * every item the endpoint returns against it.
 */
final class Open311Spec {

    static final List<String> SERVICE = List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    static final List<String> ATTRIBUTE = List.of("variable", "code", "datatype", "required", "datatype_description", "order", "description");
    static final List<String> REQUEST = List.of("service_request_id", "status", "status_notes", "service_name", "service_code",
            "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

    private Open311Spec() {
    }

    static void service(JsonObject service) {
        has(service, SERVICE);
        notNull(service, "service_code", "service_name", "metadata", "type");
        assertTrue(Set.of("realtime", "batch", "blackbox").contains(service.getString("type")));
        assertTrue(service.get("metadata").getValueType() == JsonValue.ValueType.TRUE
                || service.get("metadata").getValueType() == JsonValue.ValueType.FALSE);
    }

    static void definition(JsonObject definition) {
        has(definition, List.of("service_code", "attributes"));
        for (JsonValue value : definition.getJsonArray("attributes")) {
            JsonObject attribute = value.asJsonObject();
            has(attribute, ATTRIBUTE);
            assertTrue(DATATYPES.contains(attribute.getString("datatype")), attribute::toString);
            if (attribute.getString("datatype").endsWith("valuelist")) {
                assertFalse(attribute.getJsonArray("values").isEmpty());
                attribute.getJsonArray("values").forEach(v -> has(v.asJsonObject(), List.of("key", "name")));
            }
        }
    }

    static void request(JsonObject request) {
        has(request, REQUEST);
        notNull(request, "service_request_id", "status", "service_code", "service_name", "requested_datetime", "updated_datetime");
        assertTrue(Set.of("open", "closed").contains(request.getString("status")));
        for (String time : List.of("requested_datetime", "updated_datetime")) {
            assertDoesNotThrow(() -> OffsetDateTime.parse(request.getString(time)), time + " must be ISO 8601 with a zone");
        }
        boolean point = !request.isNull("lat") && !request.isNull("long");
        assertTrue(point || !request.isNull("address"), "a request has a place: " + request);
    }

    static void created(JsonObject created) {
        has(created, List.of("service_notice", "account_id"));
        assertTrue(created.containsKey("service_request_id") || created.containsKey("token"));
    }

    static void error(JsonObject error) {
        has(error, List.of("code", "description"));
    }

    private static void has(JsonObject object, List<String> fields) {
        for (String field : fields) {
            assertTrue(object.containsKey(field), () -> "missing " + field + " in " + object);
        }
    }

    private static void notNull(JsonObject object, String... fields) {
        for (String field : fields) {
            assertFalse(object.isNull(field), () -> field + " is null in " + object);
        }
    }
}
