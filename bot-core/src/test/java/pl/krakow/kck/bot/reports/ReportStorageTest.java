package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabase;

/** Drafts, photos, supporters and the outbox on embedded H2 and on PostgreSQL. */
class ReportStorageTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private TestDatabase opened;
    private Database database;

    private Database open(String engine) {
        opened = TestDatabase.open(engine);
        database = opened.database();
        return database;
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_a_draft_with_polish_text_and_replace_it(String engine) {
        Database db = open(engine);
        String conversation = new ConversationRepository(db, clock).create("web").id();
        DraftRepository drafts = new DraftRepository(db, clock);
        ReportDraft draft = ReportDraft.fresh();
        draft.category("oswietlenie");
        draft.location(new Location("Karmelickiej 12, przy przejściu", 50.0671, 19.929, false));
        draft.description("Latarnia nie świeci – żółta, przy przejściu dla pieszych.");
        draft.attributes().put("ile", List.of("jedna"));
        draft.skipped().add(ReportDraft.PHOTO);
        draft.history().addAll(List.of(ReportDraft.LOCATION, ReportDraft.DESCRIPTION));
        draft.step(ReportDraft.CONTACT);
        drafts.save(conversation, draft);

        ReportDraft read = drafts.find(conversation).orElseThrow().draft();
        assertEquals(draft.toJson(), read.toJson());
        assertEquals("Karmelickiej 12, przy przejściu", read.location().address());
        clock.advance(Duration.ofMinutes(5));
        ReportDraft other = ReportDraft.fresh();
        other.step(ReportDraft.CATEGORY);
        drafts.save(conversation, other);
        DraftRepository.Stored replaced = drafts.find(conversation).orElseThrow();
        assertEquals(other.id(), replaced.draft().id());
        assertEquals(clock.instant(), replaced.updatedAt().toInstant());
        drafts.delete(conversation);
        assertTrue(drafts.find(conversation).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_store_photos_and_tell_whose_they_are(String engine) throws Exception {
        Database db = open(engine);
        ConversationRepository conversations = new ConversationRepository(db, clock);
        String mine = conversations.create("web").id();
        String theirs = conversations.create("web").id();
        PhotoRepository photos = new PhotoRepository(db, clock);
        PhotoSanitizer.Clean clean = new PhotoSanitizer(5 * 1024 * 1024).clean(TestImages.jpegWithGps(), "image/jpeg");
        long id = photos.store(mine, clean);
        PhotoRepository.Photo photo = photos.find(id).orElseThrow();
        assertArrayEquals(clean.bytes(), photo.bytes());
        assertEquals("image/jpeg", photo.contentType());
        assertTrue(photos.belongsTo(id, mine));
        assertFalse(photos.belongsTo(id, theirs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_count_each_supporter_once_and_mark_their_draft(String engine) {
        Database db = open(engine);
        String conversation = new ConversationRepository(db, clock).create("web").id();
        ReportRepository reports = new ReportRepository(db, clock, false);
        String number = reports.submit(new NewReport(null, NewReport.CHAT, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                Location.address("Długa 5"), "Latarnia miga.", Map.of(), null, null, null, false), "first").report().number();
        ReportDraft draft = ReportDraft.fresh();
        ReportRepository.DraftWrite write = new ReportRepository.DraftWrite(conversation, draft.id(), n -> {
            draft.submitted(n);
            return draft.toJson();
        });
        assertTrue(reports.join(number, draft.id(), conversation, "jan@example.pl", null, "Też to widzę.", write));
        assertTrue(reports.join(number, draft.id(), conversation, "jan@example.pl", null, "Też to widzę.", write));
        assertEquals(1, reports.find(number).orElseThrow().supporters());
        assertEquals(number, new DraftRepository(db, clock).find(conversation).orElseThrow().draft().submitted());
        reports.updateStatus(number, Report.CLOSED, null, "open311");
        assertFalse(reports.join(number, "another", conversation, null, null, null, null), "a closed report takes no supporters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_queue_claim_and_settle_outbox_entries(String engine) {
        Database db = open(engine);
        ReportRepository reports = new ReportRepository(db, clock, true);
        ReportOutbox outbox = new ReportOutbox(db, clock);
        Report report = reports.submit(new NewReport(null, NewReport.CHAT, Fixtures.catalogue().find("pomysl").orElseThrow(), null,
                "Więcej ławek na Plantach.", Map.of(), null, null, null, false), "idea").report();
        ReportOutbox.Entry due = outbox.due(10).getFirst();
        assertEquals(report.number(), due.number());
        assertEquals(List.of(due), outbox.claimDue(10, Duration.ofMinutes(1)));
        assertTrue(outbox.claimDue(10, Duration.ofMinutes(1)).isEmpty(), "a claimed entry is not claimed twice");
        assertTrue(outbox.due(10).isEmpty(), "not due while its send is leased");
        outbox.failed(report.id(), "HTTP 502", Duration.ofSeconds(30));
        assertEquals(1, outbox.summary().failing().size());
        clock.advance(Duration.ofSeconds(30));
        assertEquals(1, outbox.claimDue(10, Duration.ofMinutes(1)).getFirst().attempts(), "the second attempt");
        outbox.sent(report.id(), "CITY-9");
        assertEquals(new ReportOutbox.Summary(0, 1, List.of()), outbox.summary());
        assertEquals("CITY-9", outbox.entry(report.id()).remoteId());
        clock.advance(Duration.ofDays(1));
        assertTrue(outbox.due(10).isEmpty(), "sent once, never due again");
    }
}
