package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations and their transcripts. Each append is one transaction that takes the next sequence
 * number under a row lock on the conversation, so concurrent messages never share a number and a
 * committed message is never lost.
 */
public final class ConversationRepository {

    /**
     * {@link #lastBy}, read backwards along the index on (conversation_id, seq) from the newest message. H2 walks an
     * index backwards only for an ORDER BY naming all its columns descending, and left to choose it takes the
     * foreign key's index on conversation_id alone, then reads and sorts every message of the conversation: so the
     * index is named on H2 (PostgreSQL plans the backward scan by itself).
     */
    static final String LAST_BY = "SELECT id, conversation_id, seq, author, kind, body, data, created_at FROM message%s "
            + "WHERE conversation_id = ? AND author = ? ORDER BY conversation_id DESC, seq DESC FETCH FIRST 1 ROWS ONLY";

    /** What a message is read from, before the WHERE clause. */
    private static final String MESSAGE_COLUMNS = "SELECT id, conversation_id, seq, author, kind, body, data, created_at FROM message ";

    private final Database database;
    private final Jdbc jdbc;
    private final Clock clock;
    private final String lastBy;

    public ConversationRepository(Database database, Clock clock) {
        this.database = database;
        this.jdbc = new Jdbc(database);
        this.clock = clock;
        this.lastBy = lastBy(database.isPostgres());
    }

    static String lastBy(boolean postgres) {
        return LAST_BY.formatted(postgres ? "" : " USE INDEX (message_conversation)");
    }

    /** The store the conversations live in, for what is kept with them (the dialogue state). */
    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Conversation create(String channel) {
        OffsetDateTime now = now();
        String id = UUID.randomUUID().toString();
        try (Connection c = database.connection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO conversation (id, channel, created_at, updated_at, message_count) VALUES (?, ?, ?, ?, 0)")) {
            insert.setString(1, id);
            insert.setString(2, channel);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.executeUpdate();
            return new Conversation(id, channel, now, now, 0);
        } catch (SQLException e) {
            throw new StorageException("cannot create a conversation", e);
        }
    }

    public Optional<Conversation> find(String id) {
        try (Connection c = database.connection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT id, channel, created_at, updated_at, message_count FROM conversation WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(conversation(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read conversation " + id, e);
        }
    }

    /** Appends a message; empty when the conversation does not exist. */
    public Optional<StoredMessage> append(String conversationId, Author author, String kind, String body, String data) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                Optional<StoredMessage> stored = append(c, conversationId, author, kind, body, data);
                if (stored.isEmpty()) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return stored;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store a message in conversation " + conversationId, e);
        }
    }

    /**
     * Appends a message inside the caller's transaction (on {@code c}, auto-commit off), so that it is stored
     * together with what the caller writes — or not at all. Empty when the conversation does not exist.
     */
    public Optional<StoredMessage> append(Connection c, String conversationId, Author author, String kind, String body,
                                          String data) throws SQLException {
        OffsetDateTime now = now();
        // the update takes the row lock on the conversation (so concurrent messages never share a number) and is
        // parsed once per connection, where H2 parses a SELECT ... FOR UPDATE again on every call
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE conversation SET message_count = message_count + 1, updated_at = ? WHERE id = ?")) {
            update.setObject(1, now);
            update.setString(2, conversationId);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        int seq;
        try (PreparedStatement read = c.prepareStatement("SELECT message_count FROM conversation WHERE id = ?")) {
            read.setString(1, conversationId);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                seq = row.getInt(1);
            }
        }
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO message (conversation_id, seq, author, kind, body, data, created_at, article_id, topic) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, conversationId);
            insert.setInt(2, seq);
            insert.setString(3, author.wire());
            insert.setString(4, kind);
            insert.setString(5, body);
            insert.setString(6, data);
            insert.setObject(7, now);
            ShownArticle shown = ShownArticle.in(data);
            insert.setString(8, shown == null ? null : shown.id());
            insert.setString(9, shown == null ? null : shown.topic());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        return Optional.of(new StoredMessage(id, conversationId, seq, author, kind, body, data, now));
    }

    /** Runs {@code work} in one transaction, so that what it writes is stored together (one commit) or not at all. */
    public <T> T inTransaction(Jdbc.Work<T> work) {
        return jdbc.transaction("cannot store in the conversations", work);
    }

    /**
     * The messages of {@code author} with one of {@code kinds} the conversation has since the last one of kind
     * {@code since} (all of them when there is none), in order: chosen by the database, without reading the transcript.
     */
    public List<StoredMessage> since(String conversationId, Author author, List<String> kinds, String since) {
        String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(conversationId);
        parameters.add(author.wire());
        parameters.addAll(kinds);
        parameters.addAll(List.of(conversationId, author.wire(), since));
        return jdbc.list("cannot read the messages of conversation " + conversationId, MESSAGE_COLUMNS
                + "WHERE conversation_id = ? AND author = ? AND kind IN (" + marks + ") AND seq > COALESCE((SELECT MAX(seq) "
                + "FROM message WHERE conversation_id = ? AND author = ? AND kind = ?), 0) ORDER BY seq",
                ConversationRepository::message, parameters.toArray());
    }

    /** The whole transcript in order; empty when the conversation does not exist or has no messages. */
    public List<StoredMessage> transcript(String conversationId) {
        return messages(conversationId, 0, Integer.MAX_VALUE);
    }

    /** The last message written by {@code author}, if any: a row or two read, however long the conversation. */
    public Optional<StoredMessage> lastBy(String conversationId, Author author) {
        return jdbc.first("cannot read conversation " + conversationId, lastBy, ConversationRepository::message,
                conversationId, author.wire());
    }

    /** One message by its place in the conversation (what another node announced). */
    public Optional<StoredMessage> message(String conversationId, int seq) {
        List<StoredMessage> found = messages(conversationId, seq - 1, 1);
        return found.isEmpty() || found.getFirst().seq() != seq ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The highest message id so far, 0 when there is none. */
    public long lastMessageId() {
        try (Connection c = database.connection(); var select = c.createStatement();
             ResultSet row = select.executeQuery("SELECT COALESCE(MAX(id), 0) FROM message")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("cannot read the last message id", e);
        }
    }

    /** Messages of every conversation with an id above {@code afterId}, in id order, at most {@code limit}. */
    public List<StoredMessage> storedAfter(long afterId, int limit) {
        return jdbc.list("cannot read the messages after " + afterId, MESSAGE_COLUMNS + "WHERE id > ? ORDER BY id", limit,
                ConversationRepository::message, afterId);
    }

    private List<StoredMessage> messages(String conversationId, int afterSeq, int limit) {
        return jdbc.list("cannot read conversation " + conversationId, MESSAGE_COLUMNS + "WHERE conversation_id = ? AND seq > ? ORDER BY seq",
                limit == Integer.MAX_VALUE ? 0 : limit, ConversationRepository::message, conversationId, afterSeq);
    }

    private static Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(row.getString(1), row.getString(2), row.getObject(3, OffsetDateTime.class),
                row.getObject(4, OffsetDateTime.class), row.getInt(5));
    }

    private static StoredMessage message(Row row) throws SQLException {
        return new StoredMessage(row.number("id"), row.string("conversation_id"), row.integer("seq"),
                Author.fromWire(row.string("author")), row.string("kind"), row.string("body"), row.string("data"),
                row.time("created_at"));
    }

    /** Microsecond precision: what both databases keep, so a read returns what was written. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
