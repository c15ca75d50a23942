package pl.krakow.kck.channels.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.llm.ReportExtractor;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.OutboxForwarder;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.PhotoSanitizer;
import pl.krakow.kck.bot.reports.ReportOutbox;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ModelReportReader;
import pl.krakow.kck.bot.reports.ReportRecognizer;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.reports.listing.DistrictGazetteer;
import pl.krakow.kck.bot.reports.listing.PublicReports;
import pl.krakow.kck.bot.reports.notify.MailSender;
import pl.krakow.kck.bot.reports.notify.NotificationDispatcher;
import pl.krakow.kck.bot.reports.notify.NotificationOutbox;
import pl.krakow.kck.bot.reports.notify.SmtpMailSender;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/** Problem reports as the service runs them: catalogue, storage, the flow's router and the optional forwarder. */
public final class Reports implements AutoCloseable {

    /** The district gazetteer, beside the category catalogue; without it the public list has no district filter. */
    static final String DISTRICTS = "districts.tsv";

    private final ReportSettings settings;
    private final CategoryCatalogue catalogue;
    private final ReportRepository repository;
    private final PhotoRepository photos;
    private final PhotoSanitizer sanitizer;
    private final ReportOutbox outbox;
    private final ReportRouter router;
    private final OutboxForwarder forwarder;
    private final NotificationOutbox notifications;
    private final PublicReports publicList;
    private NotificationDispatcher dispatcher;

    private Reports(ReportSettings settings, CategoryCatalogue catalogue, DistrictGazetteer districts, Database database, Clock clock,
                    TextAnalyzer analyzer,
                    KnowledgeAnswers engine, Optional<ReportExtractor> extractor) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.repository = new ReportRepository(database, clock, settings.forwarding().isPresent());
        this.photos = new PhotoRepository(database, clock);
        this.sanitizer = new PhotoSanitizer(settings.maxPhotoBytes());
        this.outbox = new ReportOutbox(database, clock);
        Function<String, Optional<ReportRecognizer.Report>> modelReader = extractor
                .<Function<String, Optional<ReportRecognizer.Report>>>map(e -> new ModelReportReader(e, catalogue))
                .orElse(text -> Optional.empty());
        this.router = new ReportRouter(database, clock, catalogue, analyzer, engine, repository, photos, settings.maxPhotoBytes(),
                settings.draftLifetime(), modelReader);
        this.forwarder = settings.forwarding().map(f -> new OutboxForwarder(outbox, repository, f)).orElse(null);
        this.notifications = new NotificationOutbox(database, clock);
        this.publicList = new PublicReports(database, districts);
    }

    /**
     * Starts telling residents of their reports' status changes, in their conversations (stored through
     * {@code conversations}, published on {@code events}) and by e-mail when SMTP is configured.
     */
    public synchronized void startNotifications(ConversationRepository conversations, ConversationEvents events) {
        if (dispatcher != null) {
            return;
        }
        Optional<MailSender> mail = settings.notifications().smtp().map(SmtpMailSender::new);
        dispatcher = new NotificationDispatcher(notifications, conversations, events, mail, settings.notifications().dispatch());
        dispatcher.start();
    }

    /** The notifications of status changes waiting or sent. */
    /** The public list of reports (/zgloszenia). */
    public PublicReports publicList() {
        return publicList;
    }

    public NotificationOutbox notifications() {
        return notifications;
    }

    /** Reads the catalogue (refusing one with problems, listed by file and line) and starts forwarding if configured. */
    public static Reports start(ReportSettings settings, Database database, Clock clock, TextAnalyzer analyzer, KnowledgeAnswers engine)
            throws IOException {
        return start(settings, database, clock, analyzer, engine, Optional.empty());
    }

    /** @param extractor the chat model's reading of free-text reports, used when the rules find no category */
    public static Reports start(ReportSettings settings, Database database, Clock clock, TextAnalyzer analyzer, KnowledgeAnswers engine,
                                Optional<ReportExtractor> extractor) throws IOException {
        CategoryCatalogue catalogue;
        try {
            catalogue = CategoryCatalogue.load(settings.categories());
        } catch (CatalogueException e) {
            throw new IOException(settings.categories() + ": " + e.getMessage(), e);
        }
        Path gazetteer = settings.categories().toAbsolutePath().resolveSibling(DISTRICTS);
        Reports reports = new Reports(settings, catalogue, DistrictGazetteer.load(gazetteer, analyzer), database, clock, analyzer,
                engine, extractor);
        if (reports.forwarder != null) {
            reports.forwarder.start();
        }
        return reports;
    }

    public ReportSettings settings() {
        return settings;
    }

    public CategoryCatalogue catalogue() {
        return catalogue;
    }

    public ReportRepository repository() {
        return repository;
    }

    public PhotoRepository photos() {
        return photos;
    }

    public PhotoSanitizer sanitizer() {
        return sanitizer;
    }

    public ReportOutbox outbox() {
        return outbox;
    }

    public ReportRouter router() {
        return router;
    }

    public boolean forwarding() {
        return forwarder != null;
    }

    @Override
    public synchronized void close() {
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
        if (forwarder != null) {
            forwarder.close();
        }
    }
}
