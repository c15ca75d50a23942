package pl.krakow.kck.channels.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import org.w3c.dom.Document;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

@ServerTest
class Open311ApiTest {

    private static final String KEY = "test-key-1";
    private static Assistant assistant;
    private final Http1Client client;

    Open311ApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy(), TestAssistant.reports().withApiKeys(List.of(KEY, "other-key")));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_list_the_reportable_categories_as_services_in_json_and_xml() throws Exception {
        JsonArray services = array(get("/open311/v2/services.json", Status.OK_200));
        assertFalse(services.isEmpty());
        services.forEach(s -> Open311Spec.service(s.asJsonObject()));
        List<String> codes = services.stream().map(s -> s.asJsonObject().getString("service_code")).toList();
        assertTrue(codes.containsAll(List.of("oswietlenie", "drogi-nawierzchnia", "dzikie-wysypisko", "pomysl")));
        assertFalse(codes.contains("gaz") || codes.contains("parkowanie"), "emergencies and other services' matters are no services");

        Document xml = xml(get("/open311/v2/services.xml", Status.OK_200));
        assertEquals("services", xml.getDocumentElement().getNodeName());
        assertEquals(services.size(), xml.getElementsByTagName("service").getLength());
        assertEquals("oswietlenie", text(xml, "service_code", codes.indexOf("oswietlenie")));
    }

    @Test
    void should_define_a_service_with_its_attributes() throws Exception {
        JsonObject definition = object(get("/open311/v2/services/oswietlenie.json", Status.OK_200));
        Open311Spec.definition(definition);
        JsonObject first = definition.getJsonArray("attributes").getJsonObject(0);
        assertEquals("ile", first.getString("code"));
        assertEquals("singlevaluelist", first.getString("datatype"));
        assertTrue(first.getBoolean("required"));
        Document xml = xml(get("/open311/v2/services/oswietlenie.xml", Status.OK_200));
        assertEquals("service_definition", xml.getDocumentElement().getNodeName());
        assertEquals(3, xml.getElementsByTagName("value").getLength());
        JsonObject error = array(get("/open311/v2/services/nie-ma.json", Status.NOT_FOUND_404)).getJsonObject(0);
        Open311Spec.error(error);
        assertEquals(404, error.getInt("code"));
    }

    @Test
    void should_refuse_a_post_without_a_valid_api_key() {
        String form = "service_code=oswietlenie&address_string=D%C5%82uga+5&attribute%5Bile%5D=jedna&description=Nie+%C5%9Bwieci";
        JsonObject missing = array(post("/open311/v2/requests.json", form, Status.FORBIDDEN_403)).getJsonObject(0);
        Open311Spec.error(missing);
        assertEquals(403, missing.getInt("code"));
        post("/open311/v2/requests.json", form + "&api_key=wrong", Status.FORBIDDEN_403);
        post("/open311/v2/requests/KRK-2026-000001/status.json", "status=closed", Status.FORBIDDEN_403);
    }

    @Test
    void should_take_a_service_request_and_serve_it_with_what_the_spec_requires() throws Exception {
        JsonObject created = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie",
                "lat", "50.0671", "long", "19.9290", "attribute[ile]", "kilka", "description", "Trzy latarnie nie świecą.",
                "email", "jan@example.pl"), Status.CREATED_201)).getJsonObject(0);
        Open311Spec.created(created);
        String id = created.getString("service_request_id");
        assertTrue(id.matches("KRK-\\d{4}-\\d{6}"), id);

        JsonArray one = array(get("/open311/v2/requests/" + id + ".json", Status.OK_200));
        assertEquals(1, one.size());
        JsonObject request = one.getJsonObject(0);
        Open311Spec.request(request);
        assertEquals("open", request.getString("status"));
        assertEquals(50.0671, request.getJsonNumber("lat").doubleValue());
        assertTrue(request.getString("requested_datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"),
                request.getString("requested_datetime"));
        assertFalse(request.toString().contains("jan@example.pl"), "contact details are never published");

        Document xml = xml(get("/open311/v2/requests/" + id + ".xml", Status.OK_200));
        assertEquals("service_requests", xml.getDocumentElement().getNodeName());
        assertEquals(id, text(xml, "service_request_id", 0));

        JsonArray all = array(get("/open311/v2/requests.json", Status.OK_200));
        all.forEach(r -> Open311Spec.request(r.asJsonObject()));
        assertTrue(all.stream().anyMatch(r -> r.asJsonObject().getString("service_request_id").equals(id)));
    }

    @Test
    void should_refuse_a_request_without_what_the_spec_and_the_service_require() {
        Open311Spec.error(array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie",
                "attribute[ile]", "jedna"), Status.BAD_REQUEST_400)).getJsonObject(0));
        post("/open311/v2/requests.json", form("api_key", KEY, "address_string", "Długa 5"), Status.BAD_REQUEST_400);
        post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "nie-ma", "address_string", "Długa 5"), Status.BAD_REQUEST_400);
        post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "gaz", "address_string", "Długa 5"), Status.BAD_REQUEST_400);
        JsonObject attribute = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie",
                "address_string", "Długa 5"), Status.BAD_REQUEST_400)).getJsonObject(0);
        assertTrue(attribute.getString("description").contains("attribute[ile]"));
        post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie", "address_string", "Długa 5",
                "attribute[ile]", "sto"), Status.BAD_REQUEST_400);
        post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie", "lat", "52.2297", "long", "21.0122",
                "attribute[ile]", "jedna"), Status.BAD_REQUEST_400);
        try (Http1ClientResponse response = client.post("/open311/v2/requests.json").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{}")) {
            assertEquals(Status.UNSUPPORTED_MEDIA_TYPE_415, response.status());
        }
    }

    @Test
    void should_filter_requests_like_the_spec() {
        String lamp = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie",
                "address_string", "Filtrowa 1", "attribute[ile]", "jedna"), Status.CREATED_201)).getJsonObject(0).getString("service_request_id");
        String idea = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "pomysl",
                "address_string", "Planty", "description", "Więcej ławek."), Status.CREATED_201)).getJsonObject(0).getString("service_request_id");
        post("/open311/v2/requests/" + idea + "/status.json", form("api_key", KEY, "status", "closed"), Status.OK_200);

        assertTrue(ids(get("/open311/v2/requests.json?service_code=pomysl", Status.OK_200)).contains(idea));
        assertFalse(ids(get("/open311/v2/requests.json?service_code=pomysl", Status.OK_200)).contains(lamp));
        assertFalse(ids(get("/open311/v2/requests.json?status=open", Status.OK_200)).contains(idea));
        assertTrue(ids(get("/open311/v2/requests.json?status=closed", Status.OK_200)).contains(idea));
        assertEquals(List.of(lamp, idea), ids(get("/open311/v2/requests.json?service_request_id=" + lamp + "," + idea, Status.OK_200))
                .stream().sorted().toList());
        assertTrue(ids(get("/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z", Status.OK_200)).contains(lamp));
        assertTrue(ids(get("/open311/v2/requests.json?end_date=2000-01-01T00:00:00%2B01:00", Status.OK_200)).isEmpty());
        Open311Spec.error(array(get("/open311/v2/requests.json?start_date=yesterday", Status.BAD_REQUEST_400)).getJsonObject(0));
        get("/open311/v2/requests.json?status=pending", Status.BAD_REQUEST_400);
        get("/open311/v2/requests/KRK-2026-999999.json", Status.NOT_FOUND_404);
        get("/open311/v2/requests.json?jurisdiction_id=warszawa.pl", Status.NOT_FOUND_404);
        get("/open311/v2/requests.json?jurisdiction_id=krakow.pl", Status.OK_200);
        get("/open311/v2/nothing-here.json", Status.NOT_FOUND_404);
    }

    @Test
    void should_show_the_residents_what_the_city_posts_back() {
        JsonObject conversation = object(postJson("/api/v1/conversations", ""));
        String conversationId = conversation.getString("id");
        String id = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "drogi-nawierzchnia",
                "address_string", "Wielicka 28", "attribute[zagrozenie]", "tak"), Status.CREATED_201)).getJsonObject(0)
                .getString("service_request_id");
        JsonObject updated = array(post("/open311/v2/requests/" + id + "/status.json", form("api_key", "other-key", "status", "closed",
                "status_notes", "Ubytek załatano 3 grudnia."), Status.OK_200)).getJsonObject(0);
        Open311Spec.request(updated);
        assertEquals("closed", updated.getString("status"));
        assertEquals("Ubytek załatano 3 grudnia.", updated.getString("status_notes"));
        String reply = object(postJson("/api/v1/conversations/" + conversationId + "/messages", "{\"text\":\"status " + id + "\"}"))
                .getJsonObject("reply").getString("text");
        assertTrue(reply.contains("zamknięte – sprawa załatwiona") && reply.contains("Ubytek załatano 3 grudnia."), reply);
        post("/open311/v2/requests/" + id + "/status.json", form("api_key", KEY, "status", "done"), Status.BAD_REQUEST_400);
        post("/open311/v2/requests/KRK-2026-999999/status.json", form("api_key", KEY, "status", "closed"), Status.NOT_FOUND_404);
    }

    @Test
    void should_keep_every_feed_xml_even_with_characters_xml_does_not_allow_in_stored_text() throws Exception {
        String refused = post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie", "attribute[ile]", "jedna",
                "address_string", "Długa 5", "description", "Nie świeci \uFFFF"), Status.BAD_REQUEST_400);
        assertTrue(refused.contains("niedozwolone znaki"), refused);
        // text stored before this check existed, straight into the database
        var category = assistant.reports().catalogue().find("oswietlenie").orElseThrow();
        String number = assistant.reports().repository().submit(new NewReport(null, NewReport.OPEN311, category,
                Location.address("Długa 7"), "latarnia \uFFFF\uFFFE\u0001 miga \uD800", java.util.Map.of("ile", List.of("jedna")),
                null, null, null, false), "xml-test").report().number();
        for (String feed : List.of("/open311/v2/services.xml", "/open311/v2/services/oswietlenie.xml", "/open311/v2/requests.xml",
                "/open311/v2/requests/" + number + ".xml", "/open311/v2/requests.xml?service_request_id=" + number)) {
            Document xml = xml(get(feed, Status.OK_200));
            assertTrue(xml.getDocumentElement().hasChildNodes(), feed);
        }
        Document one = xml(get("/open311/v2/requests/" + number + ".xml", Status.OK_200));
        assertEquals("latarnia  miga ", text(one, "description", 0), "no character XML forbids is written");
    }

    @Test
    void should_publish_descriptions_without_the_personal_data_residents_wrote_and_keep_the_original_for_the_city() {
        String description = "Latarnia nie świeci, zgłasza Jan Kowalski PESEL 90010112345 tel. 600 123 456, jan.kowalski@example.pl";
        String number = array(post("/open311/v2/requests.json", form("api_key", KEY, "service_code", "oswietlenie", "attribute[ile]", "jedna",
                "address_string", "Długa 9", "description", description), Status.CREATED_201)).getJsonObject(0).getString("service_request_id");
        for (String feed : List.of("/open311/v2/requests/" + number + ".json", "/open311/v2/requests/" + number + ".xml",
                "/open311/v2/requests.json", "/open311/v2/requests.xml")) {
            String published = get(feed, Status.OK_200);
            for (String personal : List.of("Kowalski", "90010112345", "600 123 456", "jan.kowalski@example.pl")) {
                assertFalse(published.contains(personal), feed + " publishes " + personal);
            }
            assertTrue(published.contains("Latarnia nie świeci"), feed);
        }
        assertEquals(description, assistant.reports().repository().find(number).orElseThrow().description(), "the city keeps the original");
    }

    private List<String> ids(String body) {
        return array(body).stream().map(r -> r.asJsonObject().getString("service_request_id")).toList();
    }

    private String get(String path, Status expected) {
        int q = path.indexOf('?');
        var request = client.get(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        try (Http1ClientResponse response = request.request()) {
            String body = response.as(String.class);
            assertEquals(expected, response.status(), () -> path + ": " + body);
            return body;
        }
    }

    private String post(String path, String form, Status expected) {
        try (Http1ClientResponse response = client.post(path)
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded").submit(form)) {
            String body = response.as(String.class);
            assertEquals(expected, response.status(), () -> path + " " + form + ": " + body);
            return body;
        }
    }

    private String postJson(String path, String json) {
        try (Http1ClientResponse response = client.post(path).header(HeaderNames.CONTENT_TYPE, "application/json").submit(json)) {
            return response.as(String.class);
        }
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }

    private static Document xml(String body) throws Exception {
        assertTrue(body.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document xml, String tag, int index) {
        return xml.getElementsByTagName(tag).item(index).getTextContent();
    }
}
