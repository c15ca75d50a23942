package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** An attacker loops sign-ins with made-up logins from one address: after its allowance no hash runs at all. */
@ServerTest
class SignInFloodTest {

    private static Assistant assistant;
    private final Http1Client client;

    SignInFloodTest(Http1Client client) {
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

    @Test
    void should_refuse_sign_ins_with_made_up_logins_beyond_the_addresss_allowance_without_hashing() {
        int refused = 0;
        long refusedNanos = 0;
        for (int i = 0; i < 60; i++) {
            long started = System.nanoTime();
            try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                    .submit("{\"login\":\"nieznany" + i + "\",\"password\":\"zgadywane hasło\"}")) {
                if (response.status() == Status.TOO_MANY_REQUESTS_429) {
                    refused++;
                    refusedNanos += System.nanoTime() - started;
                    assertTrue(Long.parseLong(response.headers().get(HeaderNames.RETRY_AFTER).get()) > 0);
                    assertTrue(response.as(String.class).contains("sign-in-locked"));
                } else {
                    assertEquals(Status.UNAUTHORIZED_401, response.status());
                }
            }
        }
        assertEquals(40, refused, "20 failures from one address, then refusals");
        System.out.printf("sign-in flood: refusal after the allowance took %.2f ms on average%n", refusedNanos / 1e6 / refused);
    }
}
