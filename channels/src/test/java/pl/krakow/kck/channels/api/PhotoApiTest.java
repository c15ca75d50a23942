package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.reports.TestImages;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;
import pl.krakow.kck.channels.reports.ReportSettings;

@ServerTest
class PhotoApiTest {

    private static Assistant assistant;
    private final Http1Client client;

    PhotoApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ReportSettings defaults = TestAssistant.reports();
        assistant = TestAssistant.start(TestAssistant.roomy(), new ReportSettings(defaults.categories(), 200 * 1024,
                defaults.draftLifetime(), defaults.apiKeys(), defaults.forwarding()));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_store_a_photo_without_its_gps_position_and_go_on_with_the_form() {
        String id = conversationAtThePhotoStep();
        JsonObject body;
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + id + "/photos")
                .header(HeaderNames.CONTENT_TYPE, "image/jpeg").submit(TestImages.jpegWithGps())) {
            assertEquals(Status.CREATED_201, response.status());
            body = json(response.as(String.class));
        }
        assertTrue(body.getJsonObject("photo").getBoolean("metadataRemoved"));
        assertEquals(64, body.getJsonObject("photo").getInt("width"));
        assertTrue(body.getJsonObject("message").getString("text").startsWith("📷 Zdjęcie"));
        JsonObject reply = body.getJsonObject("reply");
        assertEquals("report", reply.getString("kind"));
        assertTrue(reply.getString("text").startsWith("Dodałem zdjęcie.") && reply.getString("text").contains("e-mail"), reply.toString());
        long photo = body.getJsonObject("photo").getJsonNumber("id").longValue();
        byte[] stored = assistant.reports().photos().find(photo).orElseThrow().bytes();
        assertFalse(TestImages.contains(stored, TestImages.gpsMarker()));
        assertFalse(TestImages.contains(stored, "Exif".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void should_refuse_photos_without_an_open_report_of_other_types_and_over_the_limit() {
        String idle = json(post("/api/v1/conversations", "")).getString("id");
        assertProblem(upload(idle, "image/jpeg", TestImages.jpegWithGps()), Status.CONFLICT_409, "no-report-open");

        String id = conversationAtThePhotoStep();
        assertProblem(upload(id, "image/gif", new byte[] {'G', 'I', 'F', '8', '9', 'a'}), Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-photo-type");
        assertProblem(upload(id, "image/png", TestImages.jpegWithGps()), Status.BAD_REQUEST_400, "invalid-photo");
        assertProblem(upload(id, "image/jpeg", new byte[300 * 1024]), Status.REQUEST_ENTITY_TOO_LARGE_413, "photo-too-large");
        assertProblem(upload("no-such-conversation", "image/jpeg", TestImages.jpegWithGps()), Status.NOT_FOUND_404, "conversation-not-found");
        String reply = json(post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"pomiń\"}")).getJsonObject("reply").getString("text");
        assertTrue(reply.contains("e-mail"), "a refused photo loses nothing: " + reply);
    }

    @Test
    void should_refuse_a_photo_in_the_language_the_resident_writes_in_whatever_the_browser() {
        String id = json(post("/api/v1/conversations", "")).getString("id");
        post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"How do I get a parking permit in Krakow?\"}");
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + id + "/photos").header(HeaderNames.CONTENT_TYPE, "image/jpeg")
                .header(HeaderNames.ACCEPT_LANGUAGE, "pl-PL,pl;q=0.9").submit(TestImages.jpegWithGps())) {
            assertEquals(Status.CONFLICT_409, response.status());
            assertEquals(Messages.text(new Lang("en"), "api-errors.no-report"), json(response.as(String.class)).getString("detail"));
        }
    }

    @Test
    void should_refuse_more_photos_than_a_conversation_may_attach() {
        String id = conversationAtThePhotoStep();
        for (int i = 0; i < pl.krakow.kck.channels.reports.PhotoAttachment.MAX_PHOTOS; i++) {
            try (Http1ClientResponse response = upload(id, "image/png", TestImages.pngWithText())) {
                assertEquals(Status.CREATED_201, response.status(), response.as(String.class));
            }
            if (i == 0) {
                post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"popraw zdjęcie\"}");
            }
        }
        assertProblem(upload(id, "image/png", TestImages.pngWithText()), Status.TOO_MANY_REQUESTS_429, "too-many-photos");
    }

    private String conversationAtThePhotoStep() {
        String id = json(post("/api/v1/conversations", "")).getString("id");
        post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"ktoś wyrzucił gruz w lesie\"}");
        post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"Las Wolski, parking przy ul. Leśnej\"}");
        String reply = json(post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"gruz\"}")).getJsonObject("reply").getString("text");
        assertTrue(reply.contains("zdjęcie"), reply);
        return id;
    }

    private Http1ClientResponse upload(String id, String type, byte[] bytes) {
        return client.post("/api/v1/conversations/" + id + "/photos").header(HeaderNames.CONTENT_TYPE, type).submit(bytes);
    }

    private static void assertProblem(Http1ClientResponse response, Status status, String type) {
        try (response) {
            String body = response.as(String.class);
            assertEquals(status, response.status(), body);
            assertTrue(response.headers().get(HeaderNames.CONTENT_TYPE).values().startsWith("application/problem+json"));
            JsonObject problem = json(body);
            assertEquals("https://kck.krakow.pl/problems/" + type, problem.getString("type"));
            assertFalse(problem.getString("detail").isBlank());
        }
    }

    private String post(String path, String body) {
        try (Http1ClientResponse response = client.post(path).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            return response.as(String.class);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
