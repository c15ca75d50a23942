package pl.krakow.kck.bot.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.storage.TestDatabase;

/** Saved replies kept by supervisors, with every change recorded; the same on H2 and PostgreSQL. */
class SavedRepliesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:15:00Z"), ZoneOffset.UTC);

    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private SavedReplies open(String engine) {
        opened = TestDatabase.open(engine);
        return new SavedReplies(opened.database().dataSource(), CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_a_reply_its_changes_and_who_made_them(String engine) {
        SavedReplies replies = open(engine);
        SavedReply greeting = replies.create("ewa", SavedReplyDraft.of(" Powitanie ", "Dzień dobry, w czym mogę pomóc?", "pl", ""));
        SavedReply card = replies.create("ewa", SavedReplyDraft.of("Karta Krakowska", "Kartę Krakowską wyrobisz w aplikacji.", "pl",
                "transport"));
        replies.create("ewa", SavedReplyDraft.of("Вітання", "Добрий день, чим можу допомогти?", "uk", null));

        assertEquals(List.of("Karta Krakowska", "Powitanie", "Вітання"), replies.all().stream().map(SavedReply::title).toList(),
                "by language, then title");
        assertNull(greeting.topic());
        assertEquals("transport", replies.find(card.id()).orElseThrow().topic());

        SavedReplies.Updated updated = replies.update("marek", greeting.id(), 1,
                SavedReplyDraft.of("Powitanie", "Dzień dobry, tu Krakowskie Centrum Kontaktu. W czym mogę pomóc?", "pl", "transport"));
        assertEquals(SavedReplies.Outcome.DONE, updated.outcome());
        SavedReply now = replies.find(greeting.id()).orElseThrow();
        assertEquals(2, now.version());
        assertEquals("marek", now.updatedBy());
        assertEquals("Dzień dobry, tu Krakowskie Centrum Kontaktu. W czym mogę pomóc?", now.text());

        assertEquals(SavedReplies.Outcome.DONE, replies.delete("ewa", card.id(), 1));
        assertTrue(replies.find(card.id()).isEmpty());

        List<SavedReplyChange> history = replies.changes(10);
        assertEquals(5, history.size());
        SavedReplyChange deletion = history.getFirst();
        assertEquals(SavedReplyChange.Action.DELETED, deletion.action());
        assertEquals("ewa", deletion.supervisor());
        assertEquals("Kartę Krakowską wyrobisz w aplikacji.", deletion.text(), "what was deleted stays in the history");
        SavedReplyChange update = history.get(1);
        assertEquals(SavedReplyChange.Action.UPDATED, update.action());
        assertEquals("marek", update.supervisor());
        assertEquals(List.of("text", "topic"), update.changed());
        assertEquals(CLOCK.instant(), update.at().toInstant());
        assertEquals(Language.UK, history.get(2).language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_not_let_a_stale_edit_overwrite_a_newer_one(String engine) {
        SavedReplies replies = open(engine);
        SavedReply reply = replies.create("ewa", SavedReplyDraft.of("Godziny", "Infolinia działa w dni robocze.", "pl", null));
        replies.update("ewa", reply.id(), 1, SavedReplyDraft.of("Godziny infolinii", "Infolinia działa w dni robocze.", "pl", null));

        SavedReplies.Updated stale = replies.update("marek", reply.id(), 1, SavedReplyDraft.of("Godziny", "Inny tekst.", "pl", null));
        assertEquals(SavedReplies.Outcome.STALE, stale.outcome());
        assertEquals("Godziny infolinii", stale.reply().orElseThrow().title(), "the newer version is shown to the one who was late");
        assertEquals(SavedReplies.Outcome.STALE, replies.delete("marek", reply.id(), 1));
        assertEquals(SavedReplies.Outcome.NOT_FOUND, replies.delete("marek", 999, 1));
        assertEquals(SavedReplies.Outcome.NOT_FOUND, replies.update("marek", 999, 1, SavedReplyDraft.of("x", "y", "pl", null)).outcome());
        assertEquals(2, replies.changes(10).size(), "refused changes are not recorded");
    }

    @Test
    void should_refuse_a_draft_without_title_or_text_or_with_an_unknown_language() {
        assertEquals(SavedReplyDraft.Field.TITLE, assertThrows(SavedReplyDraft.Invalid.class,
                () -> SavedReplyDraft.of("  ", "tekst", "pl", null)).field());
        assertEquals(SavedReplyDraft.Field.TEXT, assertThrows(SavedReplyDraft.Invalid.class,
                () -> SavedReplyDraft.of("tytuł", "x".repeat(SavedReplyDraft.MAX_TEXT + 1), "pl", null)).field());
        assertEquals(SavedReplyDraft.Field.LANGUAGE, assertThrows(SavedReplyDraft.Invalid.class,
                () -> SavedReplyDraft.of("tytuł", "tekst", "de", null)).field());
        assertEquals(SavedReplyDraft.Field.LANGUAGE, assertThrows(SavedReplyDraft.Invalid.class,
                () -> SavedReplyDraft.of("tytuł", "tekst", null, null)).field());
        assertEquals(SavedReplyDraft.Field.TOPIC, assertThrows(SavedReplyDraft.Invalid.class,
                () -> SavedReplyDraft.of("tytuł", "tekst", "pl", "Zły temat!")).field());
    }
}
