package pl.krakow.kck.bot.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.analytics.Analytics;
import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.bot.analytics.QuestionGroups;
import pl.krakow.kck.bot.analytics.Table;
import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.TestDatabase;

/**
 * The review queue groups residents' questions as the analytics' unanswered table does: on the lemmas of the wording
 * with personal data redacted, so a group seen in analytics is the same group (same key, same count) in review.
 */
class ReviewDeskTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final Clock TWO_DAYS_LATER = Clock.fixed(Instant.parse("2026-10-07T12:00:00Z"), WARSAW);

    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_group_questions_on_the_redacted_wording_with_the_analytics_keys(String engine) {
        opened = TestDatabase.open(engine);
        TestClock clock = new TestClock(Instant.EPOCH);
        ConversationRepository conversations = new ConversationRepository(opened.database(), clock);
        String[] asked = {"Jak obliczyć emeryturę w ZUS? Mój telefon 600 123 456", "Jak obliczyć emeryturę w ZUS? Mój telefon 601 222 333",
                "Gdzie zgłosić dziurę w jezdni? mail jan@example.pl"};
        for (int i = 0; i < asked.length; i++) {
            clock.set(LocalDateTime.parse(DAY + "T1" + i + ":00").atZone(WARSAW).toInstant());
            String id = conversations.create("web").id();
            conversations.append(id, Author.RESIDENT, null, asked[i], null);
            conversations.append(id, Author.ASSISTANT, "fallback", "Nie wiem.", "{\"kind\":\"fallback\"}");
        }
        QuestionGroups groups = new QuestionGroups(new TextAnalyzer(), Stopwords.polish(), new PersonalDataRedactor()::redact);

        List<ReviewGroup> waiting = new ReviewDesk(opened.database().dataSource(), groups, null, TWO_DAYS_LATER)
                .waiting(Duration.ofDays(90), 50);
        Table unanswered = new Analytics(opened.database().dataSource(), groups, WARSAW, TWO_DAYS_LATER)
                .report(new Period(DAY, DAY, WARSAW)).table("unanswered");

        assertEquals(2, waiting.size(), "two questions that differ only in a phone number are one group: " + waiting);
        assertEquals(unanswered.rows().size(), waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            ReviewGroup group = waiting.get(i);
            assertEquals(unanswered.cell(i, "key"), group.key(), "the analytics' group is the review's group");
            assertEquals(unanswered.cell(i, "text"), group.text());
            assertEquals(unanswered.cell(i, "count"), group.unanswered());
            assertFalse(group.text().matches(".*(\\d{3}|@).*"), "personal data redacted: " + group.text());
        }
        assertEquals(List.of(), waiting.getFirst().examples(), "the redacted wordings are one: " + waiting.getFirst());
    }
}
