package pl.krakow.kck.bot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.TestDatabase;

/** Ratings stored with the reply they concern, one per reply; the same on H2 and PostgreSQL. */
class ResidentFeedbackTest {

    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_one_rating_per_reply_the_latest(String engine) throws SQLException {
        opened = TestDatabase.open(engine);
        ConversationRepository conversations = new ConversationRepository(opened.database(), Clock.systemUTC());
        String id = conversations.create("web").id();
        conversations.append(id, Author.RESIDENT, null, "gdzie wyrobić dowód", null);
        conversations.append(id, Author.ASSISTANT, "answer", "W urzędzie.", null);
        ResidentFeedback feedback = new ResidentFeedback(opened.database().dataSource(), Clock.systemUTC());

        assertEquals(ResidentFeedback.Outcome.STORED, feedback.rateReply(id, 2, false, FeedbackReason.UNCLEAR));
        assertEquals(ResidentFeedback.Outcome.STORED, feedback.rateReply(id, 2, true, FeedbackReason.UNCLEAR));
        assertEquals(ResidentFeedback.Outcome.NOT_RATEABLE, feedback.rateReply(id, 1, true, null));
        assertEquals(ResidentFeedback.Outcome.NO_SUCH_MESSAGE, feedback.rateReply(id, 3, true, null));
        assertEquals(ResidentFeedback.Outcome.NOT_RATEABLE, feedback.rateCase(id, 2, 5));

        try (Connection c = opened.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*), MAX(CASE WHEN helpful THEN 1 ELSE 0 END), MAX(reason) FROM feedback")) {
            row.next();
            assertEquals(1, row.getInt(1));
            assertEquals(1, row.getInt(2));
            assertNull(row.getString(3), "a thumb up keeps no reason");
        }
    }
}
