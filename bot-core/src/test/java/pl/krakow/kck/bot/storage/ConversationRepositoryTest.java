package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same specification, run on embedded H2 and on PostgreSQL. */
class ConversationRepositoryTest {

    private TestDatabase opened;
    private Database database;

    private ConversationRepository repository(String engine) {
        opened = TestDatabase.open(engine);
        database = opened.database();
        return new ConversationRepository(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_create_and_find_a_conversation(String engine) {
        ConversationRepository repository = repository(engine);
        Conversation created = repository.create("web");
        Conversation found = repository.find(created.id()).orElseThrow();
        assertEquals(created, found);
        assertEquals(Optional.empty(), repository.find("no-such-id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_list_the_kinds_of_messages_since_the_last_reset(String engine) {
        ConversationRepository repository = repository(engine);
        String id = repository.create("web").id();
        List<String> misses = List.of("fallback", "clarify");
        assertEquals(List.of(), bodies(repository.since(id, Author.ASSISTANT, misses, "handoff")));
        repository.append(id, Author.ASSISTANT, "fallback", "Nie wiem.", "{\"confidence\":0.2}");
        repository.append(id, Author.RESIDENT, null, "hmm", null);
        repository.append(id, Author.ASSISTANT, "clarify", "Czy chodzi o…?", null);
        repository.append(id, Author.ASSISTANT, "answer", "W urzędzie.", null);
        List<StoredMessage> two = repository.since(id, Author.ASSISTANT, misses, "handoff");
        assertEquals(List.of("Nie wiem.", "Czy chodzi o…?"), bodies(two));
        assertEquals("{\"confidence\":0.2}", two.getFirst().data(), "with their data");
        repository.append(id, Author.ASSISTANT, "handoff", "Łączę z konsultantem.", null);
        repository.append(id, Author.ASSISTANT, "fallback", "Nie wiem jeszcze.", null);
        assertEquals(List.of("Nie wiem jeszcze."), bodies(repository.since(id, Author.ASSISTANT, misses, "handoff")));
        assertEquals(List.of(), bodies(repository.since(id, Author.RESIDENT, misses, "handoff")));
    }

    private static List<String> bodies(List<StoredMessage> messages) {
        return messages.stream().map(StoredMessage::body).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_store_what_one_transaction_writes_together_or_not_at_all(String engine) {
        ConversationRepository repository = repository(engine);
        String id = repository.create("web").id();
        repository.inTransaction(c -> repository.append(c, id, Author.RESIDENT, null, "pierwsza", null)
                .flatMap(m -> {
                    try {
                        return repository.append(c, id, Author.ASSISTANT, "answer", "druga", null);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        try {
            repository.inTransaction(c -> {
                repository.append(c, id, Author.RESIDENT, null, "trzecia", null);
                throw new IllegalStateException("failed half way");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(List.of("pierwsza", "druga"), repository.transcript(id).stream().map(StoredMessage::body).toList());
        assertEquals(2, repository.find(id).orElseThrow().messageCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_the_transcript_in_order_with_polish_text_and_data(String engine) {
        ConversationRepository repository = repository(engine);
        String id = repository.create("web").id();
        repository.append(id, Author.RESIDENT, null, "Gdzie wyrobić dowód? Zażółć gęślą jaźń", null);
        repository.append(id, Author.ASSISTANT, "answer", "W urzędzie.", "{\"article\":\"dowod\"}");

        List<StoredMessage> transcript = repository.transcript(id);

        assertEquals(List.of(1, 2), transcript.stream().map(StoredMessage::seq).toList());
        assertEquals("Gdzie wyrobić dowód? Zażółć gęślą jaźń", transcript.get(0).body());
        assertEquals(Author.ASSISTANT, transcript.get(1).author());
        assertEquals("{\"article\":\"dowod\"}", transcript.get(1).data());
        assertEquals(2, repository.find(id).orElseThrow().messageCount());
        assertEquals("answer", repository.lastBy(id, Author.ASSISTANT).orElseThrow().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_refuse_a_second_message_with_the_same_number_in_a_conversation(String engine) throws Exception {
        ConversationRepository repository = repository(engine);
        String id = repository.create("web").id();
        repository.append(id, Author.RESIDENT, null, "dzień dobry", null);
        try (java.sql.Connection c = database.connection();
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO message (conversation_id, seq, author, body, created_at) "
                     + "VALUES (?, 1, 'resident', 'drugi raz', CURRENT_TIMESTAMP)")) {
            insert.setString(1, id);
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, insert::executeUpdate);
        }
    }

    @org.junit.jupiter.api.Test
    void should_find_the_last_reply_of_a_long_conversation_without_reading_its_earlier_messages() throws Exception {
        ConversationRepository repository = repository("h2");
        String id = repository.create("web").id();
        for (int i = 0; i < 40; i++) {
            repository.append(id, Author.RESIDENT, null, "pytanie " + i, null);
            repository.append(id, Author.ASSISTANT, "answer", "odpowiedź " + i, null);
        }
        repository.append(id, Author.RESIDENT, null, "a jeszcze jedno?", null);
        assertEquals("odpowiedź 39", repository.lastBy(id, Author.ASSISTANT).orElseThrow().body());
        try (java.sql.Connection c = database.connection();
             java.sql.PreparedStatement explain = c.prepareStatement("EXPLAIN ANALYZE " + ConversationRepository.lastBy(false))) {
            explain.setString(1, id);
            explain.setString(2, Author.ASSISTANT.wire());
            try (java.sql.ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                assertTrue(text.contains("index sorted") && text.contains("scanCount: 2"), text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_refuse_a_message_for_an_unknown_conversation(String engine) {
        ConversationRepository repository = repository(engine);
        assertEquals(Optional.empty(), repository.append("no-such-id", Author.RESIDENT, null, "tekst", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_number_concurrent_messages_without_gaps_or_duplicates(String engine) throws Exception {
        ConversationRepository repository = repository(engine);
        String id = repository.create("web").id();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<StoredMessage>> writes = new ArrayList<>();
            IntStream.range(0, 60).forEach(i -> writes.add(
                    () -> repository.append(id, Author.RESIDENT, null, "wiadomość " + i, null).orElseThrow()));
            List<Integer> seqs = new ArrayList<>();
            for (Future<StoredMessage> write : pool.invokeAll(writes)) {
                seqs.add(write.get().seq());
            }
            seqs.sort(Integer::compare);
            assertEquals(IntStream.rangeClosed(1, 60).boxed().toList(), seqs);
            assertEquals(60, repository.transcript(id).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_report_health(String engine) {
        repository(engine);
        assertTrue(database.healthy());
    }
}
