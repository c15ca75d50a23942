package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
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

/** The console API: sign-in, sessions, CSRF, roles, and the consultant's work on a case, over HTTP. */
@ServerTest
class ConsoleApiTest {

    private static final TestClock CLOCK = TestClock.warsaw(ConsoleFixture.MONDAY_MORNING);
    private static Assistant assistant;
    private final Http1Client client;

    ConsoleApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(CLOCK);
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private Http1ClientRequest call(Method method, String path, SignedIn session, boolean withCsrf) {
        Http1ClientRequest request = client.method(method).uri("/console/api" + path);
        if (session != null) {
            request.header(HeaderNames.COOKIE, session.cookie());
            if (withCsrf) {
                request.header(HeaderNames.create(ConsoleApi.CSRF_HEADER), session.csrf());
            }
        }
        return request;
    }

    private Http1ClientResponse post(String path, SignedIn session, JsonObject body) {
        return call(Method.POST, path, session, true).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString());
    }

    private JsonObject get(String path, SignedIn session) {
        try (Http1ClientResponse response = call(Method.GET, path, session, false).request()) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            return json(response);
        }
    }

    private long caseOf(String conversation, SignedIn session) {
        JsonObject queue = get("/queue", session);
        for (String list : List.of("queued", "mine")) {
            for (JsonValue value : queue.getJsonArray(list)) {
                if (value.asJsonObject().getString("conversationId").equals(conversation)) {
                    return value.asJsonObject().getJsonNumber("id").longValue();
                }
            }
        }
        throw new AssertionError("no case for " + conversation + " in " + queue);
    }

    private static void assertProblem(Http1ClientResponse response, Status status, String type) {
        String body = response.as(String.class);
        assertEquals(status, response.status(), body);
        assertTrue(body.contains("\"type\":\"https://kck.krakow.pl/problems/" + type + "\""), body);
        assertTrue(response.headers().contentType().orElseThrow().text().startsWith("application/problem+json"));
    }

    @Test
    void should_refuse_every_console_request_without_a_session() {
        for (String path : List.of("/session", "/queue", "/cases/1", "/cases/1/export", "/consultants", "/events")) {
            try (Http1ClientResponse response = call(Method.GET, path, null, false).request()) {
                assertProblem(response, Status.UNAUTHORIZED_401, "console-unauthenticated");
            }
        }
        try (Http1ClientResponse response = call(Method.POST, "/cases/1/claim", null, false).submit("{}")) {
            assertProblem(response, Status.UNAUTHORIZED_401, "console-unauthenticated");
        }
        try (Http1ClientResponse response = client.get("/console/api/queue").header(HeaderNames.COOKIE, ConsoleApi.COOKIE + "=forged").request()) {
            assertProblem(response, Status.UNAUTHORIZED_401, "console-unauthenticated");
        }
    }

    @Test
    void should_sign_in_with_an_http_only_same_site_strict_cookie_and_never_store_the_password() {
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"login\":\"anna\",\"password\":\"" + ConsoleFixture.PASSWORD + "\"}")) {
            assertEquals(Status.OK_200, response.status());
            String cookie = response.headers().get(HeaderNames.SET_COOKIE).get();
            assertTrue(cookie.startsWith(ConsoleApi.COOKIE + "="), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite=Strict"), cookie);
            assertTrue(cookie.contains("Path=/console"), cookie);
            JsonObject me = json(response);
            assertEquals("Anna Nowak", me.getString("name"));
            assertEquals("consultant", me.getString("role"));
            assertTrue(me.getJsonObject("infoline").getBoolean("open"));
            assertFalse(me.getString("csrfToken").isBlank());
        }
    }

    @Test
    void should_end_the_cookie_with_the_browser_and_refuse_writes_from_another_site() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"login\":\"anna\",\"password\":\"" + ConsoleFixture.PASSWORD + "\"}")) {
            String cookie = response.headers().get(HeaderNames.SET_COOKIE).get();
            assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"), cookie);
            assertFalse(cookie.contains("Secure"), "plain HTTP from no trusted proxy: " + cookie);
        }
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.ORIGIN, "https://evil.example").submit("{\"login\":\"anna\",\"password\":\"x\"}")) {
            assertProblem(response, Status.FORBIDDEN_403, "origin-invalid");
        }
        try (Http1ClientResponse response = client.delete("/console/api/session").header(HeaderNames.COOKIE, anna.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), anna.csrf()).header(HeaderNames.ORIGIN, "https://evil.example").request()) {
            assertProblem(response, Status.FORBIDDEN_403, "origin-invalid");
        }
    }

    @Test
    void should_refuse_a_wrong_password_and_lock_the_login_after_repeated_failures() {
        assistant.console().accounts().create("marta", "Marta", pl.krakow.kck.bot.handoff.Role.CONSULTANT,
                ConsoleFixture.PASSWORD.toCharArray());
        for (int i = 0; i < 5; i++) {
            try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                    .submit("{\"login\":\"marta\",\"password\":\"zgadywane hasło " + i + "\"}")) {
                assertProblem(response, Status.UNAUTHORIZED_401, "sign-in-failed");
            }
        }
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"login\":\"marta\",\"password\":\"" + ConsoleFixture.PASSWORD + "\"}")) {
            assertProblem(response, Status.TOO_MANY_REQUESTS_429, "sign-in-locked");
            assertEquals("60", response.headers().get(HeaderNames.RETRY_AFTER).get(), "the first delay; it doubles with each further failure");
        }
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        try (Http1ClientResponse response = client.post("/console/api/accounts/marta/unlock").header(HeaderNames.COOKIE, ewa.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), ewa.csrf()).submit("")) {
            assertEquals(Status.NO_CONTENT_204, response.status(), "a supervisor unlocks the login");
        }
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit("{\"login\":\"marta\",\"password\":\"" + ConsoleFixture.PASSWORD + "\"}")) {
            assertEquals(Status.OK_200, response.status());
        }
    }

    @Test
    void should_refuse_state_changes_without_the_sessions_csrf_token() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        SignedIn jan = ConsoleFixture.signIn(client, "jan");
        long id = caseOf(ConsoleFixture.queuedConversation(client, "dzień dobry"), anna);
        try (Http1ClientResponse response = call(Method.POST, "/cases/" + id + "/claim", anna, false).submit("{}")) {
            assertProblem(response, Status.FORBIDDEN_403, "csrf-invalid");
        }
        try (Http1ClientResponse response = call(Method.POST, "/cases/" + id + "/claim", anna, false)
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), jan.csrf()).submit("{}")) {
            assertProblem(response, Status.FORBIDDEN_403, "csrf-invalid"); // a token of another session
        }
        try (Http1ClientResponse response = call(Method.DELETE, "/session", anna, false).request()) {
            assertProblem(response, Status.FORBIDDEN_403, "csrf-invalid");
        }
        assertEquals("queued", get("/cases/" + id, anna).getJsonObject("case").getString("state"), "nothing changed");
        try (Http1ClientResponse response = post("/cases/" + id + "/claim", anna, JsonValue.EMPTY_JSON_OBJECT)) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
        }
    }

    @Test
    void should_keep_supervisor_actions_from_consultants() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        JsonObject account = Json.createObjectBuilder().add("login", "marek").add("name", "Marek Zieliński").add("role", "consultant")
                .add("password", "nowe hasło marka").build();
        try (Http1ClientResponse response = post("/accounts", anna, account)) {
            assertProblem(response, Status.FORBIDDEN_403, "console-forbidden");
        }
        try (Http1ClientResponse response = post("/accounts", ewa, account)) {
            assertEquals(Status.CREATED_201, response.status(), () -> response.as(String.class));
        }
        try (Http1ClientResponse response = post("/accounts", ewa, account)) {
            assertProblem(response, Status.CONFLICT_409, "account-exists");
        }
        assertFalse(get("/queue", anna).containsKey("others"), "a consultant does not see colleagues' cases");
        assertTrue(get("/queue", ewa).containsKey("others"));
    }

    @Test
    void should_let_only_one_consultant_claim_and_keep_the_others_out() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        SignedIn jan = ConsoleFixture.signIn(client, "jan");
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        long id = caseOf(ConsoleFixture.queuedConversation(client, "dzień dobry"), anna);
        try (Http1ClientResponse response = post("/cases/" + id + "/claim", anna, JsonValue.EMPTY_JSON_OBJECT)) {
            assertEquals(Status.OK_200, response.status());
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/claim", jan, JsonValue.EMPTY_JSON_OBJECT)) {
            assertProblem(response, Status.FORBIDDEN_403, "console-forbidden");
        }
        try (Http1ClientResponse response = call(Method.GET, "/cases/" + id, jan, false).request()) {
            assertProblem(response, Status.FORBIDDEN_403, "console-forbidden");
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/claim", ewa, JsonValue.EMPTY_JSON_OBJECT)) {
            assertProblem(response, Status.CONFLICT_409, "case-taken");
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/messages", ewa, Json.createObjectBuilder().add("text", "hej").build())) {
            assertProblem(response, Status.CONFLICT_409, "not-owner");
        }
        assertEquals("anna", get("/cases/" + id, ewa).getJsonObject("case").getString("consultant"), "a supervisor sees every case");
    }

    @Test
    void should_hand_out_the_queue_a_page_at_a_time() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        for (int i = 0; i < 3; i++) {
            ConsoleFixture.queuedConversation(client, "dzień dobry");
        }
        JsonObject first = queuePage(anna, "0", "2");
        int total = first.getInt("queuedTotal");
        assertTrue(total >= 3, first.toString());
        assertEquals(2, first.getJsonArray("queued").size());
        JsonObject second = queuePage(anna, "2", "2");
        assertEquals(Math.min(2, total - 2), second.getJsonArray("queued").size());
        assertFalse(second.getJsonArray("queued").contains(first.getJsonArray("queued").get(0)), "pages do not overlap");
        assertEquals(Math.min(total, QueuePage.DEFAULT_LIMIT), get("/queue", anna).getJsonArray("queued").size());
        for (String[] page : new String[][] {{"0", "0"}, {"0", "201"}, {"-1", "2"}, {"abc", "2"}}) {
            try (Http1ClientResponse response = call(Method.GET, "/queue", anna, false)
                    .queryParam("offset", page[0]).queryParam("limit", page[1]).request()) {
                assertProblem(response, Status.BAD_REQUEST_400, "invalid-page");
            }
        }
    }

    private JsonObject queuePage(SignedIn session, String offset, String limit) {
        try (Http1ClientResponse response = call(Method.GET, "/queue", session, false)
                .queryParam("offset", offset).queryParam("limit", limit).request()) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            return json(response);
        }
    }

    @Test
    void should_relay_messages_both_ways_between_the_resident_and_the_consultant() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        String conversation = ConsoleFixture.queuedConversation(client, "jak wyrobić dowód osobisty");
        long id = caseOf(conversation, anna);
        JsonObject view = get("/cases/" + id, anna);
        assertEquals("dowod-wniosek", view.getJsonArray("articles").getJsonObject(0).getString("id"), "the articles the assistant showed");
        try (Http1ClientResponse response = post("/cases/" + id + "/claim", anna, JsonValue.EMPTY_JSON_OBJECT)) {
            assertEquals(Status.OK_200, response.status());
        }

        JsonObject silent = ConsoleFixture.residentSays(client, conversation, "Mam pytanie o <b>termin</b> odbioru");
        assertEquals(JsonValue.NULL, silent.get("reply"), "the assistant does not answer while a consultant has the conversation");
        List<JsonObject> seen = get("/cases/" + id, anna).getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals("Mam pytanie o <b>termin</b> odbioru", seen.getLast().getString("text"), "the consultant sees what the resident wrote");

        try (Http1ClientResponse response = post("/cases/" + id + "/messages", anna,
                Json.createObjectBuilder().add("text", "Dzień dobry, dowód odbiera się osobiście.").build())) {
            assertEquals(Status.CREATED_201, response.status(), () -> response.as(String.class));
        }
        JsonObject last = ConsoleFixture.transcript(client, conversation).getJsonArray("messages").getValuesAs(JsonObject.class).getLast();
        assertEquals("consultant", last.getString("author"));
        assertEquals("Dzień dobry, dowód odbiera się osobiście.", last.getString("text"));
    }

    @Test
    void should_note_transfer_and_close_with_a_resolution_and_give_the_resident_back_to_the_assistant() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        SignedIn jan = ConsoleFixture.signIn(client, "jan");
        String conversation = ConsoleFixture.queuedConversation(client, "dzień dobry");
        long id = caseOf(conversation, anna);
        post("/cases/" + id + "/claim", anna, JsonValue.EMPTY_JSON_OBJECT).close();
        try (Http1ClientResponse response = post("/cases/" + id + "/notes", anna, Json.createObjectBuilder().add("text", "Tylko dla nas.").build())) {
            assertEquals(Status.CREATED_201, response.status());
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/transfer", anna, Json.createObjectBuilder().add("to", "nikt").build())) {
            assertProblem(response, Status.NOT_FOUND_404, "consultant-not-found");
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/transfer", anna, Json.createObjectBuilder().add("to", "jan").build())) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/close", jan, Json.createObjectBuilder().add("resolution", "withdrawn").build())) {
            assertProblem(response, Status.BAD_REQUEST_400, "invalid-resolution");
        }
        try (Http1ClientResponse response = post("/cases/" + id + "/close", jan, Json.createObjectBuilder().add("resolution", "informed").build())) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            assertEquals("closed", json(response).getJsonObject("case").getString("state"));
        }
        List<JsonObject> messages = ConsoleFixture.transcript(client, conversation).getJsonArray("messages").getValuesAs(JsonObject.class);
        assertTrue(messages.stream().noneMatch(m -> m.getString("text").contains("Tylko dla nas")), "notes stay internal");
        assertTrue(messages.stream().anyMatch(m -> m.getString("text").equals("Rozmowę przejmuje inny konsultant: Jan Kowalski.")));
        assertTrue(messages.getLast().getString("text").startsWith("Konsultant zakończył rozmowę. Dalej odpowiada asystent"));
        JsonObject answered = ConsoleFixture.residentSays(client, conversation, "jak wyrobić dowód osobisty");
        assertEquals("answer", answered.getJsonObject("reply").getString("kind"));
    }

    @Test
    void should_export_the_transcript_as_json_and_as_text() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        String conversation = ConsoleFixture.queuedConversation(client, "zgubiłem dowód");
        long id = caseOf(conversation, anna);
        try (Http1ClientResponse response = call(Method.GET, "/cases/" + id + "/export", anna, false).queryParam("format", "json").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("attachment; filename=\"rozmowa-" + id + ".json\"", response.headers().get(HeaderNames.CONTENT_DISPOSITION).get());
            JsonObject export = json(response);
            assertEquals(conversation, export.getJsonObject("conversation").getString("id"));
            assertEquals("zgubiłem dowód", export.getJsonArray("messages").getJsonObject(0).getString("text"));
        }
        try (Http1ClientResponse response = call(Method.GET, "/cases/" + id + "/export", anna, false).queryParam("format", "text").request()) {
            assertEquals(Status.OK_200, response.status());
            assertTrue(response.headers().contentType().orElseThrow().text().startsWith("text/plain"));
            String text = response.as(String.class);
            assertTrue(text.contains("Mieszkaniec: zgubiłem dowód"), text);
            assertTrue(text.contains("Sprawa nr " + id + ": Prośba o rozmowę z konsultantem"), text);
        }
    }

    @Test
    void should_end_a_session_after_sign_out_and_after_the_idle_time() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        try (Http1ClientResponse response = call(Method.DELETE, "/session", anna, true).request()) {
            assertEquals(Status.NO_CONTENT_204, response.status());
        }
        try (Http1ClientResponse response = call(Method.GET, "/queue", anna, false).request()) {
            assertProblem(response, Status.UNAUTHORIZED_401, "console-unauthenticated");
        }
        SignedIn idle = ConsoleFixture.signIn(client, "anna");
        CLOCK.set("2026-12-07T10:31");
        try (Http1ClientResponse response = call(Method.GET, "/queue", idle, false).request()) {
            assertProblem(response, Status.UNAUTHORIZED_401, "console-unauthenticated");
        } finally {
            CLOCK.set(ConsoleFixture.MONDAY_MORNING);
        }
    }

    @Test
    void should_serve_the_console_page_with_a_strict_content_security_policy() {
        try (Http1ClientResponse response = client.get("/console/").request()) {
            assertEquals(Status.OK_200, response.status());
            assertEquals(ConsoleHeaders.POLICY, response.headers().get(HeaderNames.create("Content-Security-Policy")).get());
            assertEquals("DENY", response.headers().get(HeaderNames.create("X-Frame-Options")).get());
            String page = response.as(String.class);
            assertTrue(page.contains("<html lang=\"pl\">"));
            assertFalse(page.contains("http://") || page.contains("https://"), "no CDN or other origin");
        }
        try (Http1ClientResponse response = client.get("/console/console.js").request()) {
            String script = response.as(String.class);
            assertFalse(script.contains(".innerHTML"), "resident text is only ever set with textContent");
            assertFalse(script.contains("insertAdjacentHTML") || script.contains("document.write"));
        }
    }
}
