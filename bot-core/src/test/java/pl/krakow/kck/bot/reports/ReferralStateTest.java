package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/** A Straż Miejska or utility matter the knowledge base answers is read in the conversation, as any other turn. */
class ReferralStateTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final Database database = TestDatabases.h2();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void should_read_an_answered_referral_against_the_conversations_state_and_keep_its_subject() {
        DialogueState before = DialogueState.EMPTY.withTopic("parkowanie", "strefa płatnego parkowania");
        DialogueState answered = DialogueState.EMPTY.withTopic("straz-miejska", "blokada kół");
        AtomicReference<DialogueState> read = new AtomicReference<>();
        KnowledgeAnswers engine = new KnowledgeAnswers() {
            @Override
            public Reply reply(String text, String choice, List<Reply.Option> offered) {
                throw new AssertionError("answered without the conversation's state");
            }

            @Override
            public DialogueEngine.Turn turn(String text, String choice, List<Reply.Option> offered, DialogueState state) {
                read.set(state);
                return new DialogueEngine.Turn(new Reply(ReplyKind.ANSWER, "Straż Miejska: 986", null, List.of(), List.of(), List.of(), 1.0),
                        answered);
            }
        };
        ReportRouter router = new ReportRouter(database, clock, Fixtures.catalogue(), Fixtures.ANALYZER, engine,
                new ReportRepository(database, clock, false), new PhotoRepository(database, clock), ReportDesk.PHOTO_LIMIT,
                Duration.ofHours(24));

        DialogueEngine.Turn turn = router.turn("c1", Input.of("źle zaparkowany samochód blokuje wjazd", null), List.of(), before)
                .orElseThrow();

        assertEquals(ReplyKind.ANSWER, turn.reply().kind());
        assertEquals(before, read.get(), "the engine read the conversation's state");
        assertEquals(answered, turn.state(), "the answer is the conversation's subject after the turn");
    }
}
