package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Turns what a resident wrote into the assistant's reply. Stateless: what it needs of the conversation
 * (the choices last offered) comes in with the message.
 */
public final class DialogueEngine implements KnowledgeAnswers {

    /** Option id prefix for an article the resident can pick. */
    public static final String ARTICLE_OPTION = "article:";
    /** Option id for "none of these". */
    public static final String NONE_OPTION = "none";

    private static final int CANDIDATES = 8;

    private final Supplier<? extends Retriever> retriever;
    private final AnswerPolicy policy;
    private final AnswerWriter writer;
    private final FollowUpCondenser condenser;
    /** A number typed when no options are on screen ("2", "3.", "1)"). */
    private static final java.util.regex.Pattern LONE_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}[.)]?");

    private final SmallTalk smallTalk = new SmallTalk();
    private final FollowUps followUps;
    private final LeadIns leadIns;
    private final Guardrails guardrails = new Guardrails();
    private final LifeEvents lifeEvents;
    private final Rejections rejections;
    private final DecidedTurns decisions;
    private final SwitchedSubject switchedTurns;
    private final UnheldFollowUp unheld;

    public DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy) {
        this(retriever, policy, AnswerWriter.EXTRACTIVE);
    }

    /** An engine whose answers pass through {@code writer} (a language model, when one is configured). */
    public DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy, AnswerWriter writer) {
        this(retriever, policy, writer, FollowUpCondenser.NONE);
    }

    /** ... and whose follow-ups are condensed into standalone questions by {@code condenser} (a chat model) first. */
    public DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy, AnswerWriter writer, FollowUpCondenser condenser) {
        this(retriever, policy, writer, condenser, Language.PL);
    }

    /**
     * An engine over the edition of {@code language} (Ukrainian, English), reading follow-ups and life events
     * with that language's words ({@code follow-ups.<code>.txt}, {@code life-events.<code>.txt}).
     */
    public static DialogueEngine in(Language language, Supplier<? extends Retriever> edition, AnswerPolicy policy) {
        return new DialogueEngine(edition, policy, AnswerWriter.EXTRACTIVE, FollowUpCondenser.NONE, language);
    }

    private DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy, AnswerWriter writer, FollowUpCondenser condenser,
                           Language language) {
        this.followUps = FollowUps.of(language);
        this.leadIns = LeadIns.of(language);
        this.lifeEvents = LifeEvents.of(language);
        this.rejections = Rejections.of(language);
        this.unheld = new UnheldFollowUp(policy, followUps);
        this.retriever = retriever;
        this.policy = policy;
        this.writer = writer;
        this.condenser = condenser;
        this.decisions = new DecidedTurns(policy, writer, followUps, CANDIDATES);
        this.switchedTurns = new SwitchedSubject(policy, writer, decisions, CANDIDATES);
    }

    /** A reply and what the conversation is about after it. */
    public record Turn(Reply reply, DialogueState state) {
    }

    /**
     * The reply to the first message of a conversation (no context).
     *
     * @param text    what the resident typed (may be empty when a choice is given)
     * @param choice  an option id the resident picked, or null
     * @param offered the options of the assistant's previous reply, empty when there were none
     */
    @Override
    public Reply reply(String text, String choice, List<Reply.Option> offered) {
        return turn(text, choice, offered, DialogueState.EMPTY).reply();
    }

    /**
     * The reply to one message of a conversation about {@code state}'s subject, and the state after it.
     * Stateless itself: the state comes in and goes out.
     */
    public Turn turn(String text, String choice, List<Reply.Option> offered, DialogueState state) {
        Retriever current = retriever.get();
        String picked = choice != null ? choice : Reply.picked(text, offered);
        if (picked != null) {
            Reply reply = EngineReplies.chosen(current, picked);
            return new Turn(reply, reply.article() == null ? state : about(current, state, reply, null, state.facet()));
        }
        text = leadIns.afterAside(text); // "opowiedz kawał, a poważnie: …": the question is what follows
        Optional<String> polite = smallTalk.reply(text);
        if (polite.isPresent()) {
            return new Turn(new Reply(ReplyKind.SMALLTALK, polite.get(), null, List.of(), List.of(), List.of(), 1.0), state);
        }
        Optional<String> refused = guardrails.check(text);
        if (refused.isPresent()) {
            return new Turn(EngineReplies.fallback(refused.get() + " " + Messages.text(Lang.resident(), "dialogue.infoline-note"), 0), state);
        }
        if (LONE_NUMBER.matcher(text.strip()).matches()) {
            // "5" with nothing on screen: asked in which matter; with no subject yet, what comes next is the answer to that
            // ("chodziło mi o bilety", "meldunek"), answered, not met with a second question back
            return new Turn(new Reply(ReplyKind.CLARIFY, Messages.text(Lang.resident(), "dialogue.no-options"), null, List.of(), List.of(), List.of(), 0),
                    state.hasSubject() ? state : state.withSubject(null, null, "", state.facet()));
        }
        Optional<String> rejected = state.hasSubject() || !offered.isEmpty() ? rejections.rest(text) : Optional.empty();
        Optional<Turn> corrected = rejected.flatMap(rest -> corrected(current, rest, state));
        if (corrected.isPresent()) {
            return corrected.get();
        }
        String question = leadIns.strip(text); // "dobra, a jak zgłosić…", "chodziło mi o bilety": what follows is the question
        SearchResult alone = current.search(question, CANDIDATES);
        Optional<LifeEvents.Event> event = lifeEvents.told(question, state);
        if (event.isEmpty() || alone.redirect() != null || lifeEvents.asksBeyond(event.get(), alone)) {
            return read(current, question, offered, state, alone);
        }
        Optional<Candidate> concerned = alone.best().filter(c -> LifeEvents.concerns(event.get(), c.article(), current));
        boolean clear = !lifeEvents.asksAllMatters(question) && concerned.filter(c -> c.coverage() >= policy.answerThreshold()).isPresent();
        Optional<Reply> matters = clear ? Optional.empty() : LifeEvents.matters(event.get(), current,
                concerned.filter(c -> c.coverage() >= policy.clarifyThreshold()).map(Candidate::article));
        if (matters.isPresent()) {
            return new Turn(matters.get(), about(current, state, matters.get(), null, null));
        }
        Turn turn = read(current, question, offered, state, alone);
        return new Turn(LifeEvents.opened(event.get(), turn.reply()), turn.state());
    }

    /**
     * "nie o to mi chodzi": the subject is dropped and the other articles its words find are offered; "nie, chodzi mi o
     * paszport": what follows is read without the subject rejected (with the facet asked before, when it asks none).
     * Empty when what follows names no subject ("nie, a ile to kosztuje?"): not a rejection of the subject.
     */
    private Optional<Turn> corrected(Retriever current, String rest, DialogueState state) {
        if (rest.isBlank()) {
            return Optional.of(new Turn(Rejections.others(current, state), state.withSubject(null, null, state.words(), state.facet())));
        }
        String question = leadIns.strip(rest);
        SearchResult alone = current.search(question, CANDIDATES);
        if (followUps.subject(alone.concepts()).isEmpty()) {
            return Optional.empty();
        }
        if (followUps.facetOf(question).isEmpty() && state.facet() != null) {
            question = question + " " + followUps.facetQuery(state.facet());
            alone = current.search(question, CANDIDATES);
        }
        return Optional.of(read(current, question, List.of(), state.withSubject(null, null, null, state.facet()), alone));
    }

    /** A message read in the light of the conversation (follow-up, new subject, no subject…) and answered. */
    private Turn read(Retriever current, String text, List<Reply.Option> offered, DialogueState state, SearchResult alone) {
        boolean asked = offered.stream().anyMatch(o -> o.id().startsWith(ARTICLE_OPTION)) || state.topic() == null && state.words() != null;
        FollowUps.Reading reading = RecentMiss.reading(text, alone, state, followUps)
                .orElseGet(() -> followUps.read(text, alone, state, current.topicWords(), AnswerPolicy.CLEAR_ANSWER, asked,
                        q -> current.search(q, CANDIDATES)));
        if (state.hasSubject() && (reading.kind() == FollowUps.Kind.CONTINUED || reading.kind() == FollowUps.Kind.SWITCHED)) {
            Optional<String> standalone = condensed(current, text, state);
            if (standalone.isPresent()) {
                FollowUps.Reading own = new FollowUps.Reading(FollowUps.Kind.OWN, standalone.get(), reading.facet(), reading.words());
                return decided(current, standalone.get(), current.search(standalone.get(), CANDIDATES), own, state);
            }
        }
        return switch (reading.kind()) {
            case NO_SUBJECT -> new Turn(EngineReplies.whichSubject(alone, Messages.text(Lang.resident(), "dialogue.which-subject")),
                    state.withSubject(null, null, "", reading.facet()));
            case ANSWERED -> state.topic() != null
                    ? continued(current, reading.query(), reading, state, alone)
                    : decided(current, reading.query(), current.search(reading.query(), CANDIDATES), reading, state);
            case CONTINUED -> continued(current, text, reading, state, alone);
            case SWITCHED -> switched(current, text, reading, state);
            default -> {
                if (reading.kind() == FollowUps.Kind.OWN && !asked && !state.hasSubject() && LoneName.is(text, alone, followUps)
                        && !alone.candidates().isEmpty()) {
                    yield new Turn(EngineReplies.choices(alone.candidates().stream().limit(3).toList(), Messages.text(Lang.resident(), "dialogue.lone-word")),
                            state.withSubject(null, null, reading.words(), state.facet()));
                }
                SearchResult result = reading.query().equals(text) ? alone : current.search(reading.query(), CANDIDATES);
                yield decided(current, text, result, reading, state);
            }
        };
    }

    /** The follow-up as a standalone question, from the model, with the subject's words and article as the history. */
    private Optional<String> condensed(Retriever current, String text, DialogueState state) {
        if (condenser == FollowUpCondenser.NONE || state.article() == null) {
            return Optional.empty();
        }
        return current.article(state.article())
                .flatMap(article -> condenser.condense(List.of(new FollowUpCondenser.Exchange(state.words(), article.title())), text));
    }

    private Turn switched(Retriever current, String text, FollowUps.Reading reading, DialogueState state) {
        return switchedTurns.switched(current, text, reading, state);
    }

    /** A follow-up on the current subject: searched with the subject's words, answered from the subject's topic. */
    private Turn continued(Retriever current, String text, FollowUps.Reading reading, DialogueState state, SearchResult alone) {
        SearchResult combined = current.search(reading.query(), CANDIDATES);
        List<Candidate> inTopic = SubjectArticle.first(OwnWordsFirst.ordered(inTopic(combined, state), combined, alone.concepts(),
                policy.answerThreshold()), combined, followUps.subject(alone.concepts()), state.article(),
                WordPattern.tokens(text).length, a -> current.titleConcepts(a.title()));
        inTopic = FacetTitles.first(FacetArticle.first(inTopic, text, combined, alone, followUps, policy.clarifyThreshold()),
                followUps, text, combined, state.article(), q -> current.search(q, CANDIDATES), a -> current.titleConcepts(a.title()));
        Optional<Candidate> kept = followUps.facetOf(text).isPresent() ? Optional.empty()
                : SubjectArticle.unheld(inTopic, combined, followUps.subject(alone.concepts()), state.article());
        if (kept.isPresent()) {
            // nothing of the subject holds what the follow-up says, and it asks nothing of its own: the article it is on
            List<Candidate> on = new ArrayList<>(List.of(kept.get()));
            inTopic.stream().filter(c -> c != kept.get()).forEach(on::add);
            inTopic = on;
        }
        if (kept.isEmpty() && unheld.weak(inTopic)) {
            Optional<FollowUps.Reading> own = unheld.ownMatter(text, alone);
            if (own.isPresent()) {
                // "a jak zgłosić hałasującego sąsiada w nocy?" after the registration certificate: nothing of the subject
                // holds it, and its own words, pointing back at nothing, are answered on their own
                return decided(current, text, alone, own.get(), state);
            }
            inTopic = unheld.retried(current, text, reading, state, inTopic, alone, title -> named(current, title));
        }
        Optional<Candidate> rival = kept.isPresent() ? Optional.empty() : CarriedDoubt.rival(inTopic, alone, state, policy, followUps);
        if (rival.isPresent()) {
            // the subject's article holds little of it and another topic's holds it on its own words: asked which was meant
            return new Turn(EngineReplies.articleChoices(List.of(inTopic.getFirst().article(), rival.get().article()),
                    Messages.text(Lang.resident(), "dialogue.clarify-many")), reading.facet() == null ? state : state.withFacet(reading.facet()));
        }
        if (kept.isPresent() || !inTopic.isEmpty() && inTopic.getFirst().coverage() >= policy.clarifyThreshold()) {
            Candidate best = inTopic.getFirst();
            List<Candidate> related = inTopic.stream().skip(1).filter(c -> c.coverage() >= policy.clarifyThreshold()).limit(2).toList();
            List<Article> grounds = new ArrayList<>();
            grounds.add(best.article());
            related.forEach(c -> grounds.add(c.article()));
            Reply reply = writer.write(reading.query(), grounds, EngineReplies.answer(best.article(), best.coverage(), related));
            return new Turn(reply, state.withSubject(best.article().id(), best.article().topic(), state.words(), reading.facet()));
        }
        Turn decided = decided(current, text, combined, reading, state);
        Reply reply = decided.reply();
        if (reply.kind() != ReplyKind.ANSWER || reply.article() == null || reply.article().topic().equals(state.topic())) {
            return decided;
        }
        // it names nothing of another subject: not answered from another topic on a guess, but asked which was meant
        List<Article> options = new ArrayList<>();
        Optional<Article> subjects = inTopic.stream().filter(c -> c.coverage() > 0).findFirst().map(Candidate::article)
                .or(() -> state.article() == null ? Optional.empty() : current.article(state.article()));
        if (subjects.isPresent() && followUps.subject(alone.concepts()).isEmpty()) {
            // "a długo się czeka?" after the Karta Krakowska: it names nothing at all, so it can only be about the
            // subject; the other topic's article came from the facet's words alone ("czekać": the passport's wait)
            Reply onSubject = EngineReplies.answer(subjects.get(), inTopic.stream().findFirst().map(Candidate::coverage).orElse(0.0), List.of());
            return new Turn(onSubject, state.withSubject(subjects.get().id(), subjects.get().topic(), state.words(), reading.facet()));
        }
        subjects.ifPresent(options::add);
        current.article(reply.article().id()).ifPresent(options::add);
        return new Turn(EngineReplies.articleChoices(options, Messages.text(Lang.resident(), "dialogue.clarify-many")),
                reading.facet() == null ? state : state.withFacet(reading.facet()));
    }

    private Turn decided(Retriever current, String text, SearchResult result, FollowUps.Reading reading, DialogueState state) {
        return decisions.decided(current, text, result, reading, state);
    }

    private static List<Candidate> inTopic(SearchResult result, DialogueState state) {
        return result.candidates().stream().filter(c -> c.article().topic().equals(state.topic())).toList();
    }

    private DialogueState about(Retriever current, DialogueState state, Reply reply, String words, String facet) {
        return decisions.about(current, state, reply, words, facet);
    }

    private String named(Retriever current, String title) {
        return decisions.named(current, title);
    }

    /**
     * The state as this engine reads it when the conversation has changed language: the subject kept (its
     * article is the same in every edition), its words named again from the article's title in this
     * engine's edition, since the resident's own words were in the other language; words awaiting a
     * clarification, in the other language too, are dropped.
     */
    public DialogueState restated(DialogueState state) {
        if (state.article() == null) {
            return state.words() == null && state.missed() == null ? state : state.withSubject(null, null, null, state.facet());
        }
        Retriever current = retriever.get();
        return current.article(state.article())
                .map(article -> state.withSubject(article.id(), article.topic(), named(current, article.title()), state.facet()))
                .orElse(state);
    }

    /** The ranked candidates alone, in the order the policy answers from, for evaluation and diagnostics. */
    public SearchResult search(String text) {
        return policy.ranked(retriever.get().search(text, CANDIDATES));
    }
}
