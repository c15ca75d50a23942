package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.console.ConsoleFixture.SignedIn;

/**
 * Saved replies: a supervisor (ewa) adds, changes and deletes them with the session's CSRF token, every change is
 * recorded; consultants (anna) read them to put into their replies but change nothing.
 */
@ServerTest
class SavedRepliesApiTest {

    private static final String PATH = "/console/api/saved-replies";
    private static Assistant assistant;
    private final Http1Client client;

    SavedRepliesApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private Http1ClientResponse get(String path, SignedIn session) {
        return client.get(path).header(HeaderNames.COOKIE, session.cookie()).request();
    }

    private Http1ClientResponse send(String method, String path, SignedIn session, String csrf, JsonObject body) {
        String[] pathAndQuery = path.split("\\?", 2);
        var request = client.method(io.helidon.http.Method.create(method)).path(pathAndQuery[0]).header(HeaderNames.COOKIE, session.cookie());
        if (pathAndQuery.length > 1) {
            String[] parameter = pathAndQuery[1].split("=", 2);
            request.queryParam(parameter[0], parameter[1]);
        }
        if (csrf != null) {
            request.header(HeaderNames.create(ConsoleApi.CSRF_HEADER), csrf);
        }
        if (body == null) {
            return request.request();
        }
        return request.header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString());
    }

    private static JsonObjectBuilder reply(String title, String text, String lang) {
        return Json.createObjectBuilder().add("title", title).add("text", text).add("lang", lang);
    }

    private JsonObject find(SignedIn session, long id) {
        try (Http1ClientResponse response = get(PATH, session)) {
            assertEquals(Status.OK_200, response.status());
            return json(response).getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
        }
    }

    @Test
    void should_let_a_supervisor_keep_saved_replies_and_record_who_changed_what() {
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        String topic;
        try (Http1ClientResponse response = get(PATH, ewa)) {
            JsonObject body = json(response);
            assertTrue(body.getBoolean("mayEdit"));
            topic = body.getJsonArray("topics").getJsonObject(0).getString("slug");
        }
        long id;
        try (Http1ClientResponse response = send("POST", PATH, ewa, ewa.csrf(),
                reply("Zgubiony dowód", "Zgłoś utratę dowodu w dowolnym urzędzie albo przez ePUAP.", "pl").add("topic", topic).build())) {
            assertEquals(Status.CREATED_201, response.status(), () -> response.as(String.class));
            JsonObject created = json(response);
            id = created.getJsonNumber("id").longValue();
            assertEquals(1, created.getInt("version"));
            assertEquals("polski", created.getString("langLabel"));
            assertEquals("ewa", created.getString("updatedBy"));
        }
        try (Http1ClientResponse response = send("PUT", PATH + "/" + id, ewa, ewa.csrf(),
                reply("Zgubiony dowód", "Utratę dowodu zgłoś w dowolnym urzędzie, przez ePUAP albo w mObywatelu.", "pl")
                        .add("version", 1).build())) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            assertEquals(2, json(response).getInt("version"));
        }
        try (Http1ClientResponse response = send("PUT", PATH + "/" + id, ewa, ewa.csrf(),
                reply("Stara wersja", "Tekst sprzed zmiany.", "pl").add("version", 1).build())) {
            assertEquals(Status.CONFLICT_409, response.status(), "an edit of an older version is refused");
            assertEquals("Tę odpowiedź zmienił w międzyczasie ewa. Odśwież listę i wprowadź zmiany jeszcze raz.",
                    json(response).getString("detail"));
        }
        assertEquals("Utratę dowodu zgłoś w dowolnym urzędzie, przez ePUAP albo w mObywatelu.", find(ewa, id).getString("text"));
        assertFalse(find(ewa, id).containsKey("topic"), "a change replaces the whole reply: sent without a topic, it has none");
        try (Http1ClientResponse response = send("DELETE", PATH + "/" + id + "?version=2", ewa, ewa.csrf(), null)) {
            assertEquals(Status.NO_CONTENT_204, response.status());
        }
        assertEquals(null, find(ewa, id));

        try (Http1ClientResponse response = get(PATH + "/changes", ewa)) {
            assertEquals(Status.OK_200, response.status());
            List<JsonObject> changes = json(response).getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("replyId").longValue() == id).toList();
            assertEquals(List.of("deleted", "updated", "created"), changes.stream().map(c -> c.getString("action")).toList());
            assertTrue(changes.stream().allMatch(c -> c.getString("supervisor").equals("ewa") && !c.getString("at").isEmpty()));
            assertEquals(List.of("text", "topic"), changes.get(1).getJsonArray("changed").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals("Utratę dowodu zgłoś w dowolnym urzędzie, przez ePUAP albo w mObywatelu.", changes.getFirst().getString("text"),
                    "what was deleted stays readable in the record");
        }
    }

    @Test
    void should_let_consultants_read_saved_replies_but_not_change_them() {
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        long id;
        try (Http1ClientResponse response = send("POST", PATH, ewa, ewa.csrf(), reply("Вітання", "Добрий день! Чим можу допомогти?", "uk").build())) {
            assertEquals(Status.CREATED_201, response.status());
            id = json(response).getJsonNumber("id").longValue();
        }
        JsonObject seen = find(anna, id);
        assertEquals("Добрий день! Чим можу допомогти?", seen.getString("text"));
        assertEquals("ukraiński", seen.getString("langLabel"));
        try (Http1ClientResponse response = get(PATH, anna)) {
            assertFalse(json(response).getBoolean("mayEdit"));
        }

        try (Http1ClientResponse response = send("POST", PATH, anna, anna.csrf(), reply("Moja", "Mój tekst.", "pl").build())) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        try (Http1ClientResponse response = send("DELETE", PATH + "/" + id + "?version=1", anna, anna.csrf(), null)) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        try (Http1ClientResponse response = get(PATH + "/changes", anna)) {
            assertEquals(Status.FORBIDDEN_403, response.status(), "the record of changes is the supervisors'");
        }
        try (Http1ClientResponse response = client.get(PATH).request()) {
            assertEquals(Status.UNAUTHORIZED_401, response.status());
        }
        assertEquals("Добрий день! Чим можу допомогти?", find(ewa, id).getString("text"));
    }

    @Test
    void should_refuse_a_change_without_the_csrf_token_or_from_another_site() {
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        try (Http1ClientResponse response = send("POST", PATH, ewa, null, reply("Bez tokenu", "Tekst.", "pl").build())) {
            assertEquals(Status.FORBIDDEN_403, response.status());
            assertEquals("csrf-invalid", json(response).getString("type").replaceAll(".*/", ""));
        }
        try (Http1ClientResponse response = client.post(PATH).header(HeaderNames.COOKIE, ewa.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), ewa.csrf()).header(HeaderNames.ORIGIN, "https://evil.example")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(reply("Obca strona", "Tekst.", "pl").build().toString())) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        try (Http1ClientResponse response = get(PATH, ewa)) {
            assertTrue(json(response).getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                    .noneMatch(r -> List.of("Bez tokenu", "Obca strona").contains(r.getString("title"))));
        }
    }

    @Test
    void should_explain_in_polish_what_is_wrong_with_a_saved_reply() {
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        try (Http1ClientResponse response = send("POST", PATH, ewa, ewa.csrf(), reply("", "Tekst.", "pl").build())) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertEquals("Podaj tytuł (do 120 znaków).", json(response).getString("detail"));
        }
        try (Http1ClientResponse response = send("POST", PATH, ewa, ewa.csrf(), reply("Tytuł", "Tekst.", "de").build())) {
            assertEquals("Wybierz język: polski, ukraiński albo angielski.", json(response).getString("detail"));
        }
        try (Http1ClientResponse response = send("POST", PATH, ewa, ewa.csrf(), reply("Tytuł", "Tekst.", "pl").add("topic", "nie-ma-takiego").build())) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertEquals("Wybierz temat z listy albo zostaw pole puste.", json(response).getString("detail"));
        }
        try (Http1ClientResponse response = send("PUT", PATH + "/424242", ewa, ewa.csrf(), reply("Tytuł", "Tekst.", "pl").add("version", 1).build())) {
            assertEquals(Status.NOT_FOUND_404, response.status());
        }
    }
}
