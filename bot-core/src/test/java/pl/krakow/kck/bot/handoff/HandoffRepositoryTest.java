package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabase;

/** The ownership state machine in the database, on embedded H2 and on PostgreSQL. */
class HandoffRepositoryTest {

    private static final int CONSULTANTS = 8;
    private static final int ROUNDS = 15;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private TestDatabase opened;
    private Database database;
    private ConversationRepository conversations;

    private HandoffRepository repository(String engine) {
        opened = TestDatabase.open(engine);
        database = opened.database();
        conversations = new ConversationRepository(database, clock);
        return new HandoffRepository(database, clock);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private HandoffRepository.NewCase live(String conversationId) {
        return new HandoffRepository.NewCase(conversationId, HandoffMode.LIVE, HandoffReason.EXPLICIT_REQUEST, null, null, clock.instant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_take_a_case_from_the_queue_to_a_consultant_and_close_it(String engine) {
        HandoffRepository cases = repository(engine);
        String conversation = conversations.create("web").id();
        assertEquals(Optional.empty(), cases.openFor(conversation), "the bot owns a fresh conversation");

        HandoffCase queued = cases.open(live(conversation)).orElseThrow();
        assertEquals(HandoffState.QUEUED, queued.state());
        assertEquals(queued, cases.openFor(conversation).orElseThrow());

        assertTrue(cases.claim(queued.id(), "anna"));
        HandoffCase claimed = cases.find(queued.id()).orElseThrow();
        assertEquals(HandoffState.CONSULTANT, claimed.state());
        assertTrue(claimed.isOwnedBy("anna"));

        assertTrue(cases.close(queued.id(), "anna", Resolution.INFORMED));
        HandoffCase closed = cases.find(queued.id()).orElseThrow();
        assertEquals(HandoffState.CLOSED, closed.state());
        assertEquals(Resolution.INFORMED, closed.resolution());
        assertEquals(Optional.empty(), cases.openFor(conversation), "closing gives the conversation back to the bot");
        assertTrue(cases.open(live(conversation)).isPresent(), "a closed case does not block a new one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_refuse_a_second_open_case_for_the_same_conversation(String engine) {
        HandoffRepository cases = repository(engine);
        String conversation = conversations.create("web").id();
        assertTrue(cases.open(live(conversation)).isPresent());
        assertEquals(Optional.empty(), cases.open(live(conversation)));
        assertEquals(1, cases.forConversation(conversation).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_let_exactly_one_of_many_concurrent_claims_win(String engine) throws Exception {
        HandoffRepository cases = repository(engine);
        ExecutorService pool = Executors.newFixedThreadPool(CONSULTANTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long id = cases.open(live(conversations.create("web").id())).orElseThrow().id();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int k = 0; k < CONSULTANTS; k++) {
                    String consultant = "konsultant" + k;
                    claims.add(() -> {
                        start.await();
                        return cases.claim(id, consultant);
                    });
                }
                List<Future<Boolean>> results = new ArrayList<>();
                claims.forEach(claim -> results.add(pool.submit(claim)));
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (int k = 0; k < CONSULTANTS; k++) {
                    if (results.get(k).get()) {
                        winners.add("konsultant" + k);
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": winners " + winners);
                assertTrue(cases.find(id).orElseThrow().isOwnedBy(winners.getFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_open_at_most_one_case_when_requests_race(String engine) throws Exception {
        HandoffRepository cases = repository(engine);
        ExecutorService pool = Executors.newFixedThreadPool(CONSULTANTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String conversation = conversations.create("web").id();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<HandoffCase>>> results = new ArrayList<>();
                for (int k = 0; k < CONSULTANTS; k++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return cases.open(live(conversation));
                    }));
                }
                start.countDown();
                int opened = 0;
                for (Future<Optional<HandoffCase>> result : results) {
                    opened += result.get().isPresent() ? 1 : 0;
                }
                assertEquals(1, opened, "round " + round);
                assertEquals(1, cases.forConversation(conversation).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_let_only_the_owner_transfer_or_close(String engine) {
        HandoffRepository cases = repository(engine);
        long id = cases.open(live(conversations.create("web").id())).orElseThrow().id();
        assertFalse(cases.transfer(id, "anna", "jan"), "nobody owns a queued case");
        assertFalse(cases.close(id, "anna", Resolution.INFORMED));
        assertTrue(cases.claim(id, "anna"));
        assertFalse(cases.claim(id, "jan"), "a claimed case cannot be claimed again");
        assertFalse(cases.transfer(id, "jan", "ewa"));
        assertFalse(cases.close(id, "jan", Resolution.INFORMED));
        assertTrue(cases.transfer(id, "anna", "jan"));
        assertTrue(cases.find(id).orElseThrow().isOwnedBy("jan"));
        assertFalse(cases.close(id, "anna", Resolution.INFORMED), "after a transfer the former owner has no say");
        assertFalse(cases.closeQueued(id, Resolution.WITHDRAWN), "a resident cannot withdraw once a consultant has the case");
        assertTrue(cases.close(id, "jan", Resolution.FORWARDED));
        assertFalse(cases.claim(id, "ewa"), "a closed case stays closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_withdraw_a_case_only_while_it_is_queued(String engine) {
        HandoffRepository cases = repository(engine);
        String conversation = conversations.create("web").id();
        long id = cases.open(live(conversation)).orElseThrow().id();
        assertTrue(cases.closeQueued(id, Resolution.WITHDRAWN));
        assertEquals(Resolution.WITHDRAWN, cases.find(id).orElseThrow().resolution());
        assertFalse(cases.closeQueued(id, Resolution.WITHDRAWN));
        assertFalse(cases.claim(id, "anna"));
        assertEquals(Optional.empty(), cases.openFor(conversation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_page_through_the_queue_and_count_waiting_callbacks_by_number(String engine) {
        HandoffRepository cases = repository(engine);
        HandoffCase live = cases.open(live(conversations.create("web").id())).orElseThrow();
        HandoffCase callback = cases.open(new HandoffRepository.NewCase(conversations.create("web").id(), HandoffMode.CALLBACK,
                HandoffReason.PERSONAL_CASE, new ContactDetails("600 123 456", null), "proszę o telefon",
                Instant.parse("2026-12-08T06:40:00Z"))).orElseThrow();
        HandoffCase byMail = cases.open(new HandoffRepository.NewCase(conversations.create("web").id(), HandoffMode.CALLBACK,
                HandoffReason.PERSONAL_CASE, new ContactDetails(null, "jan@example.org"), "proszę o e-mail",
                Instant.parse("2026-12-08T06:40:00Z"))).orElseThrow();

        assertEquals(3, cases.queuedCount());
        assertEquals(List.of(live.id(), callback.id()), cases.queued(0, 2).stream().map(HandoffCase::id).toList());
        assertEquals(List.of(byMail.id()), cases.queued(2, 2).stream().map(HandoffCase::id).toList());
        assertEquals(List.of(), cases.queued(3, 2));
        assertEquals(new HandoffRepository.WaitingCallbacks(2, 1), cases.waitingCallbacks("600 123 456"));
        assertEquals(new HandoffRepository.WaitingCallbacks(2, 0), cases.waitingCallbacks("700 000 000"));

        cases.closeQueued(callback.id(), Resolution.WITHDRAWN);
        assertEquals(new HandoffRepository.WaitingCallbacks(1, 0), cases.waitingCallbacks("600 123 456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_number_the_live_queue_and_keep_callbacks_apart(String engine) {
        HandoffRepository cases = repository(engine);
        HandoffCase first = cases.open(live(conversations.create("web").id())).orElseThrow();
        HandoffCase callback = cases.open(new HandoffRepository.NewCase(conversations.create("telegram").id(), HandoffMode.CALLBACK,
                HandoffReason.PERSONAL_CASE, new ContactDetails("600 123 456", null), "proszę o telefon",
                Instant.parse("2026-12-08T06:40:00Z"))).orElseThrow();
        HandoffCase second = cases.open(live(conversations.create("web").id())).orElseThrow();
        assertEquals(1, cases.position(first));
        assertEquals(2, cases.position(second));
        assertEquals(0, cases.position(callback));
        assertEquals(List.of(first.id(), second.id(), callback.id()), cases.queued().stream().map(HandoffCase::id).toList());
        assertEquals("600 123 456", callback.contactPhone());
        assertEquals(Instant.parse("2026-12-08T06:40:00Z"), callback.dueAt().toInstant());

        cases.claim(first.id(), "anna");
        assertEquals(1, cases.position(cases.find(second.id()).orElseThrow()));
        assertEquals(List.of(first.id()), cases.ownedBy("anna").stream().map(HandoffCase::id).toList());
        assertEquals(List.of(first.id()), cases.withConsultants().stream().map(HandoffCase::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_internal_notes_with_the_case(String engine) {
        HandoffRepository cases = repository(engine);
        String conversation = conversations.create("web").id();
        long id = cases.open(live(conversation)).orElseThrow().id();
        cases.addNote(id, "anna", "Mieszkaniec dzwonił wcześniej – sprawa WSA.");
        cases.addNote(id, "jan", "Oddzwonić po 12.");
        assertEquals(List.of("anna", "jan"), cases.notes(id).stream().map(HandoffNote::author).toList());
        assertEquals(List.of(), conversations.transcript(conversation), "notes never enter the transcript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_refuse_a_case_with_a_consultant_but_no_consultant_even_in_sql(String engine) {
        HandoffRepository cases = repository(engine);
        long id = cases.open(live(conversations.create("web").id())).orElseThrow().id();
        assertThrows(SQLException.class, () -> {
            try (Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("UPDATE handoff SET state = 'consultant' WHERE id = " + id);
            }
        });
        assertThrows(SQLException.class, () -> {
            try (Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("UPDATE handoff SET state = 'closed' WHERE id = " + id);
            }
        }, "a closed case must release the conversation");
    }
}
