package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.storage.TestDatabase;

/** Console sessions live in the database: two nodes on it know the same sessions. */
class ConsoleSessionsTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration MAX = Duration.ofHours(10);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final Map<String, Consultant> accounts = new ConcurrentHashMap<>(Map.of(
            "anna", new Consultant("anna", "Anna Nowak", Role.CONSULTANT, true)));

    private ConsoleSessions node(TestDatabase database) {
        return new ConsoleSessions(database.database().dataSource(), login -> Optional.ofNullable(accounts.get(login)), IDLE, MAX, clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_know_on_node_b_a_session_signed_in_on_node_a_until_it_is_signed_out(String engine) {
        try (TestDatabase database = TestDatabase.open(engine)) {
            ConsoleSessions a = node(database);
            ConsoleSessions b = node(database);
            ConsoleSession signedIn = a.create(accounts.get("anna"));

            ConsoleSession onB = b.find(signedIn.token()).orElseThrow();
            assertEquals("anna", onB.login());
            assertTrue(ConsoleSessions.csrfMatches(onB, signedIn.csrfToken()), "the same CSRF token on both nodes");
            assertEquals(Set.of("anna"), b.signedIn());

            b.end(signedIn.token());
            assertTrue(a.find(signedIn.token()).isEmpty(), "signed out on B, gone on A");
            assertFalse(a.isLive(signedIn.token()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_end_a_session_after_idle_time_or_when_the_account_is_deactivated(String engine) {
        try (TestDatabase database = TestDatabase.open(engine)) {
            ConsoleSessions a = node(database);
            ConsoleSessions b = node(database);
            ConsoleSession first = a.create(accounts.get("anna"));
            clock.advance(IDLE.minusMinutes(1));
            assertTrue(b.find(first.token()).isPresent(), "a request on B keeps it alive");
            clock.advance(IDLE.minusMinutes(1));
            assertTrue(a.find(first.token()).isPresent(), "for A as well");
            clock.advance(IDLE.plusSeconds(1));
            assertTrue(a.find(first.token()).isEmpty(), "idle too long");

            ConsoleSession second = a.create(accounts.get("anna"));
            accounts.put("anna", new Consultant("anna", "Anna Nowak", Role.CONSULTANT, false));
            assertTrue(b.find(second.token()).isEmpty(), "a deactivated account has no session");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void should_store_only_a_hash_of_the_cookie(String engine) throws Exception {
        try (TestDatabase database = TestDatabase.open(engine)) {
            ConsoleSession session = node(database).create(accounts.get("anna"));
            try (Connection c = database.database().dataSource().getConnection();
                 ResultSet row = c.createStatement().executeQuery("SELECT token_hash FROM console_session")) {
                assertTrue(row.next());
                assertEquals(ConsoleSessions.hash(session.token()), row.getString(1));
                assertFalse(row.getString(1).contains(session.token()));
            }
        }
    }
}
