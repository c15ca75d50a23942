package pl.krakow.kck.bot.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import pl.krakow.kck.bot.dialogue.ConversationFlow;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.listing.MyReports;
import pl.krakow.kck.bot.reports.listing.ResidentReports;
import pl.krakow.kck.bot.reports.notify.NotificationOutbox;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Words;

/**
 * The report flow's place in a conversation turn, consulted by AssistantService before the
 * DialogueEngine: "status KRK-…" in any channel gets the report's status; an open draft gets the
 * resident's answer; a first message that states a problem opens a draft (or, for an emergency, tells the
 * resident to call 112; for a Straż Miejska or utility matter, where to call). Anything else is left to
 * the engine; "moje zgłoszenia" lists the resident's reports (MyReports). Drafts idle longer than {@code draftLifetime} are forgotten.
 */
public final class ReportRouter implements ConversationFlow {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.MM.uuuu, HH:mm", Locale.ROOT);

    private final ReportRecognizer recognizer;
    private final ReportFlow flow;
    private final DraftRepository drafts;
    private final NotificationOutbox notifications;
    private final ReportRepository reports;
    private final MyReports mine;
    private final DialogueEngine engine;
    private final Clock clock;
    private final Duration draftLifetime;
    private final Function<String, Optional<ReportRecognizer.Report>> modelReader;

    public ReportRouter(Database database, Clock clock, CategoryCatalogue catalogue, TextAnalyzer analyzer, DialogueEngine engine,
                        ReportRepository reports, PhotoRepository photos, int maxPhotoBytes, Duration draftLifetime) {
        this(database, clock, catalogue, analyzer, engine, reports, photos, maxPhotoBytes, draftLifetime, text -> Optional.empty());
    }

    /** @param modelReader reads a report the rules did not recognise (a chat model, when configured) */
    public ReportRouter(Database database, Clock clock, CategoryCatalogue catalogue, TextAnalyzer analyzer, DialogueEngine engine,
                        ReportRepository reports, PhotoRepository photos, int maxPhotoBytes, Duration draftLifetime,
                        Function<String, Optional<ReportRecognizer.Report>> modelReader) {
        this.modelReader = modelReader;
        CategoryMatcher matcher = new CategoryMatcher(catalogue, analyzer);
        this.recognizer = new ReportRecognizer(matcher, new CategoryRanker(catalogue, analyzer), catalogue.cues().dangerNotice());
        this.flow = new ReportFlow(catalogue, matcher, reports, photos, maxPhotoBytes);
        this.drafts = new DraftRepository(database, clock);
        this.notifications = new NotificationOutbox(database, clock);
        this.reports = reports;
        this.mine = new MyReports(new ResidentReports(database));
        this.engine = engine;
        this.clock = clock;
        this.draftLifetime = draftLifetime;
    }

    @Override
    public Optional<Reply> reply(String conversationId, String text, String choice, List<Reply.Option> offered) {
        if (choice == null && stopsNotifications(text)) {
            notifications.stop(conversationId);
            return Optional.of(FormReplies.report(Messages.text(Lang.resident(), "reports.notify-stopped"), List.of()));
        }
        String picked = choice != null ? choice : reportOption(text, offered);
        Optional<DraftRepository.Stored> stored = drafts.find(conversationId);
        if (stored.isPresent() && stored.get().updatedAt().isBefore(OffsetDateTime.now(clock).minus(draftLifetime))) {
            drafts.delete(conversationId);
            stored = Optional.empty();
        }
        ReportDraft open = stored.map(DraftRepository.Stored::draft).filter(d -> !d.done()).orElse(null);
        if (MyReports.asks(text, choice, offered)) {
            Reply list = mine.reply(conversationId);
            return Optional.of(open == null ? list : flow.resume(list, open));
        }
        Optional<String> number = picked == null ? statusRequest(text, open) : Optional.empty();
        if (number.isPresent()) {
            Reply status = status(number.get());
            return Optional.of(open == null ? status : flow.resume(status, open));
        }
        if (open != null) {
            if (picked != null && !FormChoice.belongs(picked)) {
                return Optional.of(flow.resume(engine.reply(text, picked, offered), open));
            }
            FormTurn turn = flow.handle(conversationId, open, text == null ? "" : text, picked,
                    () -> engine.reply(text, null, List.of()));
            if (turn.draft() == null) {
                drafts.delete(conversationId);
            } else {
                drafts.save(conversationId, turn.draft());
            }
            return Optional.of(turn.reply());
        }
        Optional<ReportDraft> done = stored.map(DraftRepository.Stored::draft).filter(ReportDraft::done);
        if (done.isPresent() && picked == null && ReportFlow.isConfirmation(text)) {
            return Optional.of(FormReplies.report(ReportPhrases.alreadyDone(done.get().submitted()), List.of()));
        }
        if (FormChoice.belongs(picked)) {
            String closed = done.isPresent() ? ReportPhrases.alreadyDone(done.get().submitted()) : Messages.text(Lang.resident(), "reports.form-closed");
            return Optional.of(FormReplies.report(closed, List.of()));
        }
        if (picked != null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return opening(text, draft -> drafts.save(conversationId, draft));
    }

    /**
     * What the service answers to the first message of a conversation when it concerns a report (the
     * draft it would open is not kept); empty when the engine answers. For evaluation.
     */
    public Optional<Reply> firstMessage(String text) {
        Optional<String> number = statusRequest(text, null);
        if (number.isPresent()) {
            return Optional.of(status(number.get()));
        }
        return opening(text, draft -> { });
    }

    /** Whether the conversation has a report being filled in (a photo can be attached to it). */
    public boolean hasOpenDraft(String conversationId) {
        return drafts.find(conversationId)
                .filter(s -> !s.updatedAt().isBefore(OffsetDateTime.now(clock).minus(draftLifetime)))
                .map(s -> !s.draft().done()).orElse(false);
    }

    private Optional<Reply> opening(String text, Consumer<ReportDraft> keep) {
        Optional<ReportRecognizer.Reading> reading = recognizer.read(text)
                .or(() -> modelReader.apply(text).map(ReportRecognizer.Reading.class::cast));
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (reading.get()) {
            case ReportRecognizer.Emergency e -> FormReplies.redirect(e.category());
            case ReportRecognizer.Redirect r -> {
                Reply answer = engine.reply(text, null, List.of());
                yield answer.kind() == ReplyKind.ANSWER ? answer : FormReplies.redirect(r.category());
            }
            case ReportRecognizer.Report report -> {
                FormTurn turn = flow.open(report, text);
                keep.accept(turn.draft());
                yield turn.reply();
            }
        });
    }

    /** "nie powiadamiaj" and its variants (reports.notify-stop-words), the whole message. */
    private static boolean stopsNotifications(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String said = Words.normalize(text).replaceAll("[^a-z\\p{IsCyrillic} ]", " ").replaceAll("\\s+", " ").strip();
        return Stream.of(Lang.resident(), Lang.PL).flatMap(lang -> Stream.of(Messages.text(lang, "reports.notify-stop-words").split("\\|")))
                .anyMatch(said::equals);
    }

    /** "status KRK-2026-000123", "KRK-2026-000123", "co z KRK-2026-000123?" — but not "dołącz KRK-…" in the form. */
    private static Optional<String> statusRequest(String text, ReportDraft open) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> number = ReportNumber.find(text);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        boolean joining = Words.normalize(text).startsWith("dolacz")
                || (open != null && ReportDraft.DUPLICATES.equals(open.step()) && open.duplicates().contains(number.get()));
        return joining ? Optional.empty() : number;
    }

    private Reply status(String number) {
        Optional<Report> found = reports.find(number);
        if (found.isEmpty()) {
            return FormReplies.report(ReportPhrases.unknownNumber(number), List.of());
        }
        Report report = found.get();
        StringBuilder text = new StringBuilder(ReportPhrases.text("status-title", report.number(), report.serviceName()));
        if (report.address() != null) {
            text.append(", ").append(report.address());
        }
        text.append("\n\n").append(ReportPhrases.text("status-state", ReportPhrases.statusLabel(report.status()),
                shown(report.updatedAt())));
        if (report.statusNotes() != null) {
            text.append("\n").append(ReportPhrases.text("status-notes", report.statusNotes()));
        }
        text.append("\n").append(ReportPhrases.text("status-agency", report.agency()));
        List<ReportNote> notes = reports.notes(report.id());
        if (notes.size() > 1) {
            text.append("\n\n").append(Messages.text(Lang.resident(), "reports.status-history"));
            for (ReportNote note : notes) {
                text.append("\n- ").append(shown(note.createdAt())).append(" – ").append(ReportPhrases.statusLabel(note.status()));
                if (note.note() != null) {
                    text.append(": ").append(note.note());
                }
            }
        }
        if (report.supporters() > 0) {
            text.append("\n\n").append(ReportPhrases.text("status-supporters", report.supporters()));
        }
        return FormReplies.report(text.toString(), List.of());
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(ReportRepository.CITY_ZONE).format(SHOWN);
    }

    /** The report option the resident typed the number or label of ("2", "Pomiń"). */
    private static String reportOption(String text, List<Reply.Option> offered) {
        if (text == null || offered.isEmpty()) {
            return null;
        }
        String trimmed = text.strip().replaceAll("[.)]$", "");
        boolean onlySkip = offered.stream().filter(o -> FormChoice.belongs(o.id())).allMatch(o -> o.id().equals(FormChoice.id(FormChoice.Kind.SKIP)));
        if (trimmed.matches("[1-9]\\d?") && !onlySkip) {
            int index = Integer.parseInt(trimmed) - 1;
            if (index < offered.size() && FormChoice.belongs(offered.get(index).id())) {
                return offered.get(index).id();
            }
            return null;
        }
        String folded = Words.normalize(trimmed);
        for (Reply.Option option : offered) {
            if (FormChoice.belongs(option.id()) && Words.normalize(option.label()).equals(folded)) {
                return option.id();
            }
        }
        return null;
    }
}
