package pl.krakow.kck.bot.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * The report form's test bench: an in-memory H2 database, the assistant service every channel runs, and residents who
 * talk to it turn by turn. {@link #restart()} builds a fresh service over the same database, as a restart does.
 */
final class ReportDesk implements AutoCloseable {

    static final int PHOTO_LIMIT = 5 * 1024 * 1024;
    private static final ArticleIndex INDEX = Fixtures.index();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final Database database = TestDatabases.h2();
    private final ReportRepository reports = new ReportRepository(database, clock, false);
    private final PhotoRepository photos = new PhotoRepository(database, clock);
    private AssistantService service = service();

    TestClock clock() {
        return clock;
    }

    ReportRepository reports() {
        return reports;
    }

    PhotoRepository photos() {
        return photos;
    }

    /** A fresh service over the same database: what a restart gives. */
    void restart() {
        service = service();
    }

    Resident resident() {
        return new Resident(service.start("web").id());
    }

    @Override
    public void close() {
        database.close();
    }

    private AssistantService service() {
        DialogueEngine engine = new DialogueEngine(() -> INDEX, new AnswerPolicy());
        ReportRouter router = new ReportRouter(database, clock, Fixtures.catalogue(), Fixtures.ANALYZER, engine, reports, photos,
                PHOTO_LIMIT, Duration.ofHours(24));
        return new AssistantService(new ConversationRepository(database, clock), engine, new ConversationEvents(), router);
    }

    /** One resident's conversation; every turn goes through the service current at the time (a restart included). */
    final class Resident {
        private final String id;
        private Reply last;

        private Resident(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        Reply last() {
            return last;
        }

        Reply says(String text) {
            last = service.post(id, text, null).orElseThrow().reply();
            return last;
        }

        Reply picks(String choice) {
            last = service.post(id, "", choice).orElseThrow().reply();
            return last;
        }

        Reply picks(FormChoice.Kind option) {
            return picks(FormChoice.id(option));
        }

        Reply picksCategory(String code) {
            return picks(FormChoice.id(FormChoice.Kind.CATEGORY, code));
        }

        Reply sendsPhoto() throws Exception {
            long photo = photos.store(id, new PhotoSanitizer(PHOTO_LIMIT).clean(TestImages.jpegWithGps(), "image/jpeg"));
            last = service.post(id, new Input.Photo(photo, "📷")).orElseThrow().reply();
            return last;
        }

        Reply sharesLocation(double lat, double lon) {
            last = service.post(id, new Input.Place(lat, lon, null)).orElseThrow().reply();
            return last;
        }

        Reply sendsCommand(Input.Command.Kind command) {
            last = service.post(id, new Input.Command(command, "/zglos")).orElseThrow().reply();
            return last;
        }

        List<String> options() {
            return last.options().stream().map(Reply.Option::label).toList();
        }
    }
}
