package pl.krakow.kck.channels.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

/** Guessing the city's api_key: after ten wrong ones from an address it is not even compared. */
@ServerTest
class Open311KeyGuessTest {

    private static final String KEY = "the-citys-key";
    private static Assistant assistant;
    private final Http1Client client;

    Open311KeyGuessTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy(), TestAssistant.reports().withApiKeys(List.of(KEY)));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_stop_comparing_api_keys_after_ten_wrong_guesses_from_one_address() {
        String form = "service_code=oswietlenie&address_string=D%C5%82uga+5&attribute%5Bile%5D=jedna&description=x&api_key=";
        for (int i = 0; i < 10; i++) {
            assertEquals(Status.FORBIDDEN_403, post(form + "guess" + i).status());
        }
        Answer refused = post(form + KEY);
        assertEquals(Status.TOO_MANY_REQUESTS_429, refused.status(), "even the right key waits");
        assertTrue(refused.body().contains("api_key"), refused.body());
    }

    private record Answer(Status status, String body) {
    }

    private Answer post(String form) {
        try (Http1ClientResponse response = client.post("/open311/v2/requests.json")
                .header(HeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded").submit(form)) {
            return new Answer(response.status(), response.as(String.class));
        }
    }
}
