package pl.krakow.kck.bot.reports.listing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * The reports of one resident as far as the assistant can tell who that is: those filed in or joined from
 * the conversation and, for a Telegram chat, from the chat's earlier conversations (before a /start). The
 * conversation id is the key: a widget's id is its secret, a Telegram chat's conversation is found only
 * from that chat. Never anyone else's reports.
 */
public final class ResidentReports {

    /**
     * @param joined the resident joined someone else's report ("dołącz") instead of filing one
     */
    public record Entry(String number, String serviceName, String address, String status, OffsetDateTime requestedAt,
                        OffsetDateTime updatedAt, boolean joined) {
    }

    private static final String COLUMNS = "r.report_number, r.service_name, r.address, r.status, r.requested_at, r.updated_at";

    private final Database database;

    public ResidentReports(Database database) {
        this.database = database;
    }

    /** Newest first, at most {@code limit}; a report both filed and joined is listed once, as filed. */
    public List<Entry> of(String conversationId, int limit) {
        try (Connection c = database.dataSource().getConnection()) {
            Set<String> conversations = conversations(c, conversationId);
            String in = String.join(", ", conversations.stream().map(x -> "?").toList());
            String sql = "SELECT " + COLUMNS + ", 0 AS joined FROM report r WHERE r.conversation_id IN (" + in + ")"
                    + " UNION ALL SELECT " + COLUMNS + ", 1 AS joined FROM report r JOIN report_supporter s ON s.report_id = r.id"
                    + " WHERE s.conversation_id IN (" + in + ") ORDER BY 5 DESC, 1 DESC, 7";
            Map<String, Entry> entries = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                int i = 1;
                for (int round = 0; round < 2; round++) {
                    for (String conversation : conversations) {
                        select.setString(i++, conversation);
                    }
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next() && entries.size() < limit) {
                        entries.putIfAbsent(row.getString(1), new Entry(row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class),
                                row.getInt(7) == 1));
                    }
                }
            }
            return List.copyOf(entries.values());
        } catch (SQLException e) {
            throw new StorageException("cannot list a resident's reports", e);
        }
    }

    /** The conversation and the earlier conversations of the Telegram chat it belongs to, if any. */
    private static Set<String> conversations(Connection c, String conversationId) throws SQLException {
        Set<String> conversations = new LinkedHashSet<>(List.of(conversationId));
        try (PreparedStatement select = c.prepareStatement("SELECT p.conversation_id FROM telegram_chat_past p"
                + " JOIN telegram_chat t ON t.chat_id = p.chat_id WHERE t.conversation_id = ? ORDER BY p.ended_at DESC")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                List<String> past = new ArrayList<>();
                while (row.next() && past.size() < 100) {
                    past.add(row.getString(1));
                }
                conversations.addAll(past);
            }
        }
        return conversations;
    }
}
