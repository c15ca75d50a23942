package pl.krakow.kck.bot.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.handoff.HandoffMode;
import pl.krakow.kck.bot.handoff.HandoffReason;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;

/** Writes conversations, cases, reports and feedback at chosen local times (Europe/Warsaw), as the service would. */
final class SeededTraffic {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final Database database;
    private final TestClock clock = new TestClock(Instant.EPOCH);
    private final ConversationRepository conversations;
    private final HandoffRepository cases;
    private String current;

    SeededTraffic(Database database) {
        this.database = database;
        this.conversations = new ConversationRepository(database, clock);
        this.cases = new HandoffRepository(database, clock);
    }

    SeededTraffic at(String localDateTime) {
        clock.set(LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant());
        return this;
    }

    SeededTraffic conversation(String channel) {
        current = conversations.create(channel).id();
        return this;
    }

    /** The current conversation is served in another language from now on (the service's way: the change is recorded). */
    SeededTraffic switchLang(String code) {
        new pl.krakow.kck.bot.storage.ConversationLanguages(database, clock).save(current,
                pl.krakow.kck.bot.language.Language.of(code).orElseThrow());
        return this;
    }

    /** The language the current conversation is served in (from its start: no change recorded). */
    SeededTraffic lang(String code) {
        sql("UPDATE conversation SET lang = ? WHERE id = ?", code, current);
        return this;
    }

    SeededTraffic resident(String text) {
        conversations.append(current, Author.RESIDENT, null, text, null);
        return this;
    }

    StoredMessage answer(String articleId, String topic) {
        return conversations.append(current, Author.ASSISTANT, "answer", "Odpowiedź z artykułu " + articleId + ".",
                "{\"kind\":\"answer\",\"text\":\"…\",\"article\":{\"id\":\"" + articleId + "\",\"title\":\"T\",\"topic\":\"" + topic + "\"}}")
                .orElseThrow();
    }

    StoredMessage reply(String kind) {
        return conversations.append(current, Author.ASSISTANT, kind, "Odpowiedź " + kind + ".", "{\"kind\":\"" + kind + "\"}").orElseThrow();
    }

    /** A live case asked for now, claimed and closed after {@code waitSeconds}; returns its id. */
    long handoff(HandoffReason reason, long waitSeconds) {
        long id = cases.open(new HandoffRepository.NewCase(current, HandoffMode.LIVE, reason, null, null, null)).orElseThrow().id();
        clock.advance(java.time.Duration.ofSeconds(waitSeconds));
        cases.claim(id, "anna");
        cases.close(id, "anna", Resolution.INFORMED);
        return id;
    }

    void report(String serviceCode, String serviceName, String status) {
        sql("INSERT INTO report (report_number, idempotency_key, conversation_id, source, service_code, service_name, agency, status, "
                + "description, attributes, requested_at, updated_at) VALUES (?, ?, ?, 'chat', ?, ?, 'ZDMK', ?, 'opis', '{}', ?, ?)",
                "KRK-" + clock.instant().toEpochMilli(), "k-" + clock.instant().toEpochMilli(), current, serviceCode, serviceName, status, now(), now());
    }

    void thumb(StoredMessage reply, boolean helpful, String reason) {
        sql("INSERT INTO feedback (conversation_id, message_id, helpful, reason, created_at, reply_kind) VALUES (?, ?, ?, ?, ?, ?)",
                reply.conversationId(), reply.id(), helpful, reason, now(), reply.kind());
    }

    void satisfaction(long caseId, int score) {
        sql("INSERT INTO feedback (conversation_id, handoff_id, score, created_at) VALUES (?, ?, ?, ?)", current, caseId, score, now());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private void sql(String sql, Object... values) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
