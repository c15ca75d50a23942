package pl.krakow.kck.evaluation.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A year of made-up traffic written straight into the tables (batched inserts, not through the service): about
 * {@code messages} messages in conversations of one to four turns, busier on weekday office hours, with reply
 * kinds, articles, unanswered questions typed in thousands of ways, handoffs with queue waits, reports and
 * feedback in realistic shares, written in time order as the service writes them (conversation ids grow with time
 * too, unlike the service's random ones, so that every index grows at its end and the load is quick). Deterministic
 * for a seed.
 */
final class TrafficGenerator {

    private static final String[] CHANNELS = {"web", "web", "web", "telegram"};
    /** The languages conversations are served in (null: none identified yet), in rough shares of 20. */
    private static final String[] LANGS = {"pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl", "pl",
            "uk", "uk", "uk", "en", null};
    private static final String[] TOPICS = {"dokumenty", "komunikacja", "podatki", "odpady", "parkowanie", "meldunek", "usc", "mieszkania"};
    private static final List<String> QUESTIONS = List.of("gdzie wyrobić dowód osobisty", "ile kosztuje bilet miesięczny",
            "jak zapłacić podatek od nieruchomości", "kiedy wywóz śmieci", "jak zameldować się w Krakowie",
            "jak wykupić abonament parkingowy", "gdzie złożyć wniosek o paszport", "jak zarejestrować samochód");
    private static final List<String> MISSES = List.of("jak obliczyć emeryturę w ZUS", "gdzie rozliczyć PIT za ubiegły rok",
            "czy mogę dostać zasiłek dla bezrobotnych", "jak zapisać się do lekarza rodzinnego", "ile kosztuje wiza do USA",
            "kiedy otwierają basen na Clepardii", "gdzie kupić bilet na koncert", "jak zmienić nazwisko po rozwodzie w sądzie",
            "czy urząd skarbowy pracuje w sobotę", "jak zgłosić kradzież roweru na policję", "gdzie jest najbliższa apteka",
            "jak dostać dofinansowanie do fotowoltaiki");
    private static final String[] EXTRA = {"", "", "", " prosze", " pilne", " w tym roku", " teraz", " dla mamy", " szybko", " 2026"};
    private static final String[] KINDS = {"answer", "answer", "answer", "answer", "answer", "answer", "answer", "answer",
            "answer", "answer", "answer", "answer", "answer", "clarify", "clarify", "fallback", "fallback", "fallback", "smalltalk", "report"};
    private static final String[] REASONS = {"explicit-request", "explicit-request", "repeated-misses", "complaint", "personal-case", "frustration"};
    private static final String[] FEEDBACK_REASONS = {null, "off-topic", "outdated", "unclear"};
    private static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final Random random;
    private final ZoneId zone;

    TrafficGenerator(DataSource dataSource, long seed, ZoneId zone) {
        this.dataSource = dataSource;
        this.random = new Random(seed);
        this.zone = zone;
    }

    /** Writes traffic from {@code first} for {@code days} days until about {@code messages} messages are written; returns the count. */
    long generate(LocalDate first, int days, long messages) throws SQLException {
        long conversations = messages / 4;
        long written = 0;
        long messageId = 1;
        long handoffId = 1;
        long reportId = 1;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement conversation = c.prepareStatement(
                    "INSERT INTO conversation (id, channel, created_at, updated_at, message_count, lang) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement message = c.prepareStatement("INSERT INTO message (id, conversation_id, seq, author, kind, body, data, "
                         + "created_at, article_id, topic) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)");
                 PreparedStatement handoff = c.prepareStatement("INSERT INTO handoff (id, conversation_id, open_conversation, state, mode, "
                         + "reason, consultant, resolution, requested_at, due_at, claimed_at, closed_at) "
                         + "VALUES (?, ?, NULL, 'closed', ?, ?, 'anna', 'informed', ?, ?, ?, ?)");
                 PreparedStatement report = c.prepareStatement("INSERT INTO report (id, report_number, idempotency_key, conversation_id, "
                         + "source, service_code, service_name, agency, status, description, attributes, requested_at, updated_at) "
                         + "VALUES (?, ?, ?, ?, 'chat', ?, ?, 'ZDMK', ?, 'opis', '{}', ?, ?)");
                 PreparedStatement feedback = c.prepareStatement("INSERT INTO feedback (conversation_id, message_id, helpful, reason, "
                         + "created_at, reply_kind) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                long[] starts = new long[(int) conversations];
                for (int n = 0; n < starts.length; n++) {
                    starts[n] = moment(first, days).getEpochSecond();
                }
                java.util.Arrays.sort(starts); // written in time order, as the service writes them: indexes grow at their end
                for (int n = 0; n < starts.length; n++) {
                    Instant start = Instant.ofEpochSecond(starts[n]);
                    String id = new UUID(starts[n] << 20 | n & 0xFFFFF, random.nextLong()).toString();
                    int turns = 1 + random.nextInt(3) + (random.nextInt(10) == 0 ? 1 : 0);
                    int seq = 0;
                    int misses = 0;
                    Instant at = start;
                    for (int turn = 0; turn < turns; turn++) {
                        String kind = KINDS[random.nextInt(KINDS.length)];
                        String question = kind.equals("fallback") ? miss() : QUESTIONS.get(random.nextInt(QUESTIONS.size()));
                        add(message, messageId++, id, ++seq, "resident", null, question, at, null, null);
                        at = at.plusSeconds(2);
                        int topic = random.nextInt(TOPICS.length);
                        boolean answer = kind.equals("answer");
                        long replyId = messageId++;
                        add(message, replyId, id, ++seq, "assistant", kind, "odpowiedź", at,
                                answer ? "artykul-" + topic + "-" + random.nextInt(20) : null, answer ? TOPICS[topic] : null);
                        if ((answer || kind.equals("fallback")) && random.nextInt(20) == 0) {
                            boolean up = answer && random.nextInt(3) > 0;
                            feedback.setString(1, id);
                            feedback.setLong(2, replyId);
                            feedback.setBoolean(3, up);
                            feedback.setString(4, up ? null : FEEDBACK_REASONS[random.nextInt(FEEDBACK_REASONS.length)]);
                            feedback.setObject(5, utc(at.plusSeconds(5)));
                            feedback.setString(6, kind);
                            feedback.addBatch();
                        }
                        misses += kind.equals("fallback") ? 1 : 0;
                        at = at.plusSeconds(20 + random.nextInt(60));
                    }
                    if (misses >= 2 || random.nextInt(40) == 0) {
                        long wait = 30 + random.nextInt(900);
                        handoff.setLong(1, handoffId++);
                        handoff.setString(2, id);
                        handoff.setString(3, random.nextInt(4) == 0 ? "callback" : "live");
                        handoff.setString(4, misses >= 2 ? "repeated-misses" : REASONS[random.nextInt(REASONS.length)]);
                        handoff.setObject(5, utc(at));
                        handoff.setObject(6, utc(at));
                        handoff.setObject(7, utc(at.plusSeconds(wait)));
                        handoff.setObject(8, utc(at.plusSeconds(wait + 300)));
                        handoff.addBatch();
                    }
                    if (random.nextInt(50) == 0) {
                        long number = reportId++;
                        report.setLong(1, number);
                        report.setString(2, "KRK-B-" + number);
                        report.setString(3, "bench-" + number);
                        report.setString(4, id);
                        int category = random.nextInt(5);
                        report.setString(5, "category-" + category);
                        report.setString(6, "Kategoria " + category);
                        report.setString(7, random.nextInt(3) == 0 ? "closed" : "open");
                        report.setObject(8, utc(at));
                        report.setObject(9, utc(at));
                        report.addBatch();
                    }
                    conversation.setString(1, id);
                    conversation.setString(2, CHANNELS[random.nextInt(CHANNELS.length)]);
                    conversation.setObject(3, utc(start));
                    conversation.setObject(4, utc(at));
                    conversation.setInt(5, seq);
                    conversation.setString(6, LANGS[random.nextInt(LANGS.length)]);
                    conversation.addBatch();
                    written += seq;
                    if (++pending >= BATCH / 4) {
                        flush(c, conversation, message, handoff, report, feedback);
                        pending = 0;
                    }
                }
                flush(c, conversation, message, handoff, report, feedback);
            }
        }
        return written;
    }

    private void flush(Connection c, PreparedStatement conversation, PreparedStatement... rest) throws SQLException {
        conversation.executeBatch();
        for (PreparedStatement statement : rest) {
            statement.executeBatch();
        }
        c.commit();
    }

    private void add(PreparedStatement message, long id, String conversation, int seq, String author, String kind, String body,
                     Instant at, String article, String topic) throws SQLException {
        message.setLong(1, id);
        message.setString(2, conversation);
        message.setInt(3, seq);
        message.setString(4, author);
        message.setString(5, kind);
        message.setString(6, body);
        message.setObject(7, utc(at));
        message.setString(8, article);
        message.setString(9, topic);
        message.addBatch();
    }

    /** An unanswered question as residents type it: with or without Polish letters, capitals, question marks, extra words. */
    private String miss() {
        String text = MISSES.get(random.nextInt(MISSES.size())) + EXTRA[random.nextInt(EXTRA.length)];
        if (random.nextBoolean()) {
            text = text.replace('ą', 'a').replace('ę', 'e').replace('ł', 'l').replace('ó', 'o').replace('ś', 's')
                    .replace('ż', 'z').replace('ź', 'z').replace('ć', 'c').replace('ń', 'n');
        }
        if (random.nextBoolean()) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text + (random.nextBoolean() ? "?" : "") + (random.nextInt(8) == 0 ? " " + random.nextInt(5000) : "");
    }

    /** A moment of the period: weekdays three times busier, office hours five times busier than the night. */
    private Instant moment(LocalDate first, int days) {
        while (true) {
            LocalDate day = first.plusDays(random.nextInt(days));
            int hour = random.nextInt(24);
            int weight = (day.getDayOfWeek().getValue() <= 5 ? 3 : 1) * (hour >= 7 && hour < 17 ? 5 : hour >= 6 && hour < 22 ? 2 : 1);
            if (random.nextInt(15) < weight) {
                return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
