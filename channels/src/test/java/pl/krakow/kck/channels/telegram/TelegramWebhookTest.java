package pl.krakow.kck.channels.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

@ServerTest
class TelegramWebhookTest {

    private static FakeBotApi api;
    private static Assistant assistant;
    private final Http1Client client;

    TelegramWebhookTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) throws Exception {
        api = new FakeBotApi();
        assistant = TestAssistant.start(TestAssistant.roomy(),
                new TelegramSettings("123:TEST", "https://kck.example/telegram/webhook", "s3cret-token", api.uri()));
        assistant.telegram().orElseThrow().start();
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
        api.close();
    }

    @Test
    void should_register_the_webhook_with_its_secret_and_check_its_state() throws Exception {
        api.await("setwebhook", body -> body.contains("s3cret-token") && body.contains("https://kck.example/telegram/webhook"));
        api.await("getwebhookinfo", body -> true);
    }

    @Test
    void should_reject_webhook_calls_without_the_secret() {
        try (Http1ClientResponse response = client.post("/telegram/webhook").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(FakeBotApi.textUpdate(1, 7, "dowód"))) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        try (Http1ClientResponse response = client.post("/telegram/webhook").header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.create(TelegramChannel.SECRET_HEADER), "wrong").submit(FakeBotApi.textUpdate(1, 7, "dowód"))) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
    }

    @Test
    void should_answer_an_update_delivered_with_the_secret() throws Exception {
        try (Http1ClientResponse response = client.post("/telegram/webhook").header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.create(TelegramChannel.SECRET_HEADER), "s3cret-token")
                .submit(FakeBotApi.textUpdate(2, 7, "zgubiłem dowód"))) {
            assertEquals(Status.OK_200, response.status());
        }
        api.await("sendmessage", body -> body.contains("utratę"));
    }
}
