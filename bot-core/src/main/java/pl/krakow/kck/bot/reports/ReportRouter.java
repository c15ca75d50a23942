package pl.krakow.kck.bot.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import pl.krakow.kck.bot.dialogue.ConversationFlow;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;
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

    /** Per language the resident writes in: the catalogue in it, what recognises a report and the form. */
    private record Edition(ReportRecognizer recognizer, ReportFlow flow) {
    }

    /** Compiled once: String.replaceAll compiles its pattern on every call, and every message is read for these. */
    private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^a-z\\p{IsCyrillic} ]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Made when a resident first writes in the language (the Polish one at once): each analyses its catalogue. */
    private final Map<Lang, Edition> editions = new ConcurrentHashMap<>();
    private final Set<Lang> languages = Set.copyOf(Messages.languages());
    private final Function<Lang, Edition> editionOf;
    private final DraftRepository drafts;
    private final NotificationOutbox notifications;
    private final MyReports mine;
    private final StatusReply statuses;
    private final KnowledgeAnswers engine;
    private final Clock clock;
    private final Duration draftLifetime;
    private final Function<String, Optional<ReportRecognizer.Report>> modelReader;

    public ReportRouter(Database database, Clock clock, CategoryCatalogue catalogue, TextAnalyzer analyzer, KnowledgeAnswers engine,
                        ReportRepository reports, PhotoRepository photos, int maxPhotoBytes, Duration draftLifetime) {
        this(database, clock, catalogue, analyzer, engine, reports, photos, maxPhotoBytes, draftLifetime, text -> Optional.empty());
    }

    /** @param modelReader reads a report the rules did not recognise (a chat model, when configured) */
    public ReportRouter(Database database, Clock clock, CategoryCatalogue catalogue, TextAnalyzer analyzer, KnowledgeAnswers engine,
                        ReportRepository reports, PhotoRepository photos, int maxPhotoBytes, Duration draftLifetime,
                        Function<String, Optional<ReportRecognizer.Report>> modelReader) {
        this.modelReader = modelReader;
        this.editionOf = lang -> {
            CategoryCatalogue edition = catalogue.in(lang);
            TextAnalyzer words = lang.equals(Lang.PL) ? analyzer : Language.of(lang.code()).map(TextAnalyzer::of).orElse(analyzer);
            CategoryMatcher matcher = new CategoryMatcher(edition, words);
            return new Edition(new ReportRecognizer(matcher, new CategoryRanker(edition, words),
                    edition.cues().dangerNotice(), CategoryTranslations.intents(edition)),
                    new ReportFlow(edition, matcher, reports, photos, maxPhotoBytes));
        };
        editions.put(Lang.PL, editionOf.apply(Lang.PL));
        this.drafts = new DraftRepository(database, clock);
        this.notifications = new NotificationOutbox(database, clock);
        this.mine = new MyReports(new ResidentReports(database));
        this.statuses = new StatusReply(reports);
        this.engine = engine;
        this.clock = clock;
        this.draftLifetime = draftLifetime;
    }

    /** The parts for the resident's language (Polish for a language without a translated catalogue). */
    private Edition edition() {
        Lang lang = Lang.resident();
        return editions.computeIfAbsent(languages.contains(lang) ? lang : Lang.PL, editionOf);
    }

    /**
     * Makes the other languages' parts now rather than at a resident's first message in one of them (the
     * service calls it once it serves: the start to the first Polish answer does not wait for them).
     */
    public void prepareLanguages() {
        languages.forEach(lang -> editions.computeIfAbsent(lang, editionOf));
    }

    @Override
    public Optional<Reply> reply(String conversationId, String text, String choice, List<Reply.Option> offered) {
        return reply(conversationId, Input.of(text, choice), offered);
    }

    @Override
    public Optional<Reply> reply(String conversationId, Input input, List<Reply.Option> offered) {
        return turn(conversationId, input, offered, DialogueState.EMPTY).map(DialogueEngine.Turn::reply);
    }

    /**
     * The turn read against the conversation's dialogue state: a Straż Miejska or utility matter the knowledge base
     * answers is answered as a follow-up of the conversation and becomes its subject; the form's own turns leave
     * the state as it was.
     */
    @Override
    public Optional<DialogueEngine.Turn> turn(String conversationId, Input input, List<Reply.Option> offered, DialogueState state) {
        DialogueState[] after = {state};
        Optional<Reply> reply = switch (input) {
            case Input.Text t -> words(conversationId, t.text(), null, offered, state, after);
            case Input.Choice c -> words(conversationId, c.text(), c.id(), offered, state, after);
            case Input.Place p -> place(conversationId, p);
            case Input.Photo p -> photo(conversationId, p.id());
            case Input.Command c -> command(conversationId, c);
        };
        return reply.map(r -> new DialogueEngine.Turn(r, after[0]));
    }

    private Optional<Reply> words(String conversationId, String text, String choice, List<Reply.Option> offered,
                                  DialogueState state, DialogueState[] after) {
        if (choice == null && stopsNotifications(text)) {
            notifications.stop(conversationId);
            return Optional.of(FormReplies.report(Messages.text(Lang.resident(), "reports.notify-stopped"), List.of()));
        }
        String picked = choice != null ? choice : formOption(text, offered);
        Optional<ReportDraft> stored = draft(conversationId);
        ReportDraft open = stored.filter(d -> !d.done()).orElse(null);
        if (MyReports.asks(text, choice, offered)) {
            Reply list = mine.reply(conversationId);
            return Optional.of(open == null ? list : edition().flow().resume(list, open));
        }
        Optional<String> number = picked == null ? statusRequest(text, open) : Optional.empty();
        if (number.isPresent()) {
            Reply status = statuses.reply(number.get());
            return Optional.of(open == null ? status : edition().flow().resume(status, open));
        }
        if (open != null) {
            if (picked != null && !FormChoice.belongs(picked)) {
                return Optional.of(edition().flow().resume(engine.reply(text, picked, offered), open));
            }
            // a question in the middle of the report is read as a follow-up of what is reported ("co z nim zrobią?")
            FormQuestion question = new FormQuestion(engine, text, state, edition().flow().subject(open));
            Reply reply = keep(conversationId, edition().flow().handle(conversationId, open, text, picked, question::reply));
            question.subjectAfter(reply).ifPresent(subject -> after[0] = subject);
            return Optional.of(reply);
        }
        Optional<ReportDraft> done = stored.filter(ReportDraft::done);
        if (done.isPresent() && picked == null && ReportFlow.isConfirmation(text)) {
            return Optional.of(FormReplies.report(ReportPhrases.alreadyDone(done.get().submitted()), List.of()));
        }
        if (FormChoice.belongs(picked)) {
            return Optional.of(closed(done));
        }
        if (picked != null || text.isBlank()) {
            return Optional.empty();
        }
        return opening(text, draft -> drafts.save(conversationId, draft), state, after);
    }

    /** A place shared: the answer to "where?" of the open form, or a new report about that place. */
    private Optional<Reply> place(String conversationId, Input.Place place) {
        String label = place.label() == null || place.label().isBlank() ? null : place.label().strip();
        Optional<ReportDraft> open = draft(conversationId).filter(d -> !d.done());
        if (open.isPresent()) {
            return Optional.of(keep(conversationId, edition().flow().place(open.get(), place.lat(), place.lon(), label)));
        }
        if (!KrakowBounds.contains(place.lat(), place.lon())) {
            return Optional.of(FormReplies.report(ReportPhrases.outsideKrakow(place.lat(), place.lon()), List.of()));
        }
        Location location = new Location(label, place.lat(), place.lon(), false);
        return Optional.of(keep(conversationId, edition().flow().open(new ReportRecognizer.Report(null, List.of(), location), "")));
    }

    /** A photo uploaded: attached to the open form; without one, the form is closed. */
    private Optional<Reply> photo(String conversationId, long photoId) {
        Optional<ReportDraft> stored = draft(conversationId);
        Optional<ReportDraft> open = stored.filter(d -> !d.done());
        if (open.isEmpty()) {
            return Optional.of(closed(stored.filter(ReportDraft::done)));
        }
        return Optional.of(keep(conversationId, edition().flow().attachPhoto(conversationId, open.get(), photoId)));
    }

    /** "/zglos": a new report form, asking the category first; with a form open, its current question again. */
    private Optional<Reply> command(String conversationId, Input.Command command) {
        Optional<ReportDraft> open = draft(conversationId).filter(d -> !d.done());
        if (command.kind() == Input.Command.Kind.MY_REPORTS) {
            Reply list = mine.reply(conversationId);
            return Optional.of(open.map(d -> edition().flow().resume(list, d)).orElse(list));
        }
        if (open.isPresent()) {
            return Optional.of(edition().flow().current(open.get()));
        }
        return Optional.of(keep(conversationId, edition().flow().open(new ReportRecognizer.Report(null, List.of(), null), "")));
    }

    private static Reply closed(Optional<ReportDraft> done) {
        return FormReplies.report(done.map(d -> ReportPhrases.alreadyDone(d.submitted()))
                .orElseGet(() -> Messages.text(Lang.resident(), "reports.form-closed")), List.of());
    }

    @Override
    public boolean formOpen(String conversationId) {
        return draft(conversationId).filter(d -> !d.done()).isPresent();
    }

    /** The conversation's draft (open or filed); one idle longer than the draft lifetime is forgotten. */
    private Optional<ReportDraft> draft(String conversationId) {
        Optional<DraftRepository.Stored> stored = drafts.find(conversationId);
        if (stored.isPresent() && stored.get().updatedAt().isBefore(OffsetDateTime.now(clock).minus(draftLifetime))) {
            drafts.delete(conversationId);
            return Optional.empty();
        }
        return stored.map(DraftRepository.Stored::draft);
    }

    /** Stores the draft after a turn (drops it when the turn closed it) and gives the reply. */
    private Reply keep(String conversationId, FormTurn turn) {
        if (turn.draft() == null) {
            drafts.delete(conversationId);
        } else {
            drafts.save(conversationId, turn.draft());
        }
        return turn.reply();
    }

    /**
     * What the service answers to the first message of a conversation when it concerns a report (the
     * draft it would open is not kept); empty when the engine answers. For evaluation.
     */
    public Optional<Reply> firstMessage(String text) {
        Optional<String> number = statusRequest(text, null);
        if (number.isPresent()) {
            return Optional.of(statuses.reply(number.get()));
        }
        return opening(text, draft -> { }, DialogueState.EMPTY, new DialogueState[1]);
    }

    /** Whether the conversation has a report being filled in (a photo can be attached to it). */
    public boolean hasOpenDraft(String conversationId) {
        return drafts.find(conversationId)
                .filter(s -> !s.updatedAt().isBefore(OffsetDateTime.now(clock).minus(draftLifetime)))
                .map(s -> !s.draft().done()).orElse(false);
    }

    /** @param after receives the dialogue state after an answer of the knowledge base (a referral it answers) */
    private Optional<Reply> opening(String text, Consumer<ReportDraft> keep, DialogueState state, DialogueState[] after) {
        Optional<ReportRecognizer.Reading> lexical = edition().recognizer().read(text);
        // a problem the words recognise without naming its category: the model (when configured) may name it
        boolean uncategorised = lexical.filter(r -> r instanceof ReportRecognizer.Report report && report.category() == null).isPresent();
        Optional<ReportRecognizer.Reading> reading = lexical.isEmpty() || uncategorised
                ? modelReader.apply(text).map(ReportRecognizer.Reading.class::cast).or(() -> lexical)
                : lexical;
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (reading.get()) {
            case ReportRecognizer.Emergency e -> FormReplies.redirect(e.category());
            case ReportRecognizer.Redirect r -> {
                DialogueEngine.Turn answer = engine.turn(text, null, List.of(), state);
                if (answer.reply().kind() == ReplyKind.ANSWER) {
                    after[0] = answer.state();
                    yield answer.reply();
                }
                yield FormReplies.redirect(r.category());
            }
            case ReportRecognizer.Report report -> {
                FormTurn turn = edition().flow().open(report, text);
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
        String said = SPACES.matcher(NOT_A_LETTER.matcher(Words.normalize(text)).replaceAll(" ")).replaceAll(" ").strip();
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

    /** The form's option the resident typed the number or label of ("2", "Pomiń"); numbers only where options are to pick from. */
    private static String formOption(String text, List<Reply.Option> offered) {
        boolean onlySkip = offered.stream().map(o -> FormChoice.read(o.id())).filter(Objects::nonNull)
                .allMatch(c -> c.is(FormChoice.Kind.SKIP));
        String id = Reply.picked(text, offered, !onlySkip);
        return FormChoice.belongs(id) ? id : null;
    }
}
