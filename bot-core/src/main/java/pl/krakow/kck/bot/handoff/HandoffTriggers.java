package pl.krakow.kck.bot.handoff;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * The rules that make the assistant offer a consultant (see {@link HandoffSettings}): what the message
 * itself says, checked before the knowledge base, and repeated misses, checked on the assistant's reply.
 */
public final class HandoffTriggers {

    /** How far (in words) a request word may be from the person it asks for. */
    static final int REQUEST_WINDOW = 4;
    /** How far a complaint word may be from what it is about. */
    static final int COMPLAINT_WINDOW = 5;
    /** How far "mój" may be from the case it owns. */
    static final int OWNER_WINDOW = 3;

    private final HandoffSettings settings;
    private final TextAnalyzer analyzer;
    private final LemmaPhrases people;
    private final LemmaPhrases requests;
    private final LemmaPhrases requestPhrases;
    private final LemmaPhrases informational;
    private final LemmaPhrases complaintWords;
    private final LemmaPhrases complaintTargets;
    private final LemmaPhrases personalPhrases;
    private final LemmaPhrases mine;
    private final LemmaPhrases owned;
    private final LemmaPhrases progress;
    private final LemmaPhrases frustrationPhrases;

    public HandoffTriggers(HandoffSettings settings, TextAnalyzer analyzer) {
        this.settings = settings;
        this.analyzer = analyzer;
        HandoffSettings.ExplicitRequest explicit = settings.explicitRequest();
        this.people = new LemmaPhrases(analyzer, explicit.people());
        this.requests = new LemmaPhrases(analyzer, explicit.requests());
        this.requestPhrases = new LemmaPhrases(analyzer, explicit.phrases());
        this.informational = new LemmaPhrases(analyzer, explicit.notWhen());
        this.complaintWords = new LemmaPhrases(analyzer, settings.complaint().words());
        this.complaintTargets = new LemmaPhrases(analyzer, settings.complaint().targets());
        this.personalPhrases = new LemmaPhrases(analyzer, settings.personalCase().phrases());
        this.mine = new LemmaPhrases(analyzer, List.of("mój"));
        this.owned = new LemmaPhrases(analyzer, settings.personalCase().owned());
        this.progress = new LemmaPhrases(analyzer, settings.personalCase().progress());
        this.frustrationPhrases = new LemmaPhrases(analyzer, settings.frustration().phrases());
    }

    /** The reason the message itself gives to bring in a person, if any: complaint, explicit request, personal case, frustration, in that order. */
    public Optional<HandoffReason> inMessage(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Word> words = analyzer.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (settings.complaint().enabled() && near(complaintWords.positionsIn(words), complaintTargets.positionsIn(words), COMPLAINT_WINDOW)) {
            return Optional.of(HandoffReason.COMPLAINT);
        }
        if (settings.explicitRequest().enabled() && asksForPerson(words)) {
            return Optional.of(HandoffReason.EXPLICIT_REQUEST);
        }
        if (settings.personalCase().enabled() && personalCase(words)) {
            return Optional.of(HandoffReason.PERSONAL_CASE);
        }
        if (settings.frustration().enabled() && frustrated(text, words)) {
            return Optional.of(HandoffReason.FRUSTRATION);
        }
        return Optional.empty();
    }

    /**
     * Whether this reply of the assistant is one miss too many.
     *
     * @param earlierMisses fallbacks and clarifying questions already given since the last offer
     */
    /** Callback requests that may wait at once ({@link HandoffSettings#maxWaitingCallbacks()}). */
    int maxWaitingCallbacks() {
        return settings.maxWaitingCallbacks();
    }

    public boolean tooManyMisses(ReplyKind reply, int earlierMisses) {
        return settings.repeatedMisses().enabled()
                && (reply == ReplyKind.FALLBACK || reply == ReplyKind.CLARIFY)
                && earlierMisses + 1 >= settings.repeatedMisses().after();
    }

    private boolean asksForPerson(List<Word> words) {
        if (requestPhrases.foundIn(words)) {
            return true;
        }
        List<Integer> persons = people.positionsIn(words);
        if (persons.isEmpty()) {
            return false;
        }
        if (words.size() <= settings.explicitRequest().aloneUpTo()) {
            return true;
        }
        if (informational.foundIn(words)) {
            return false;
        }
        return near(persons, requests.positionsIn(words), REQUEST_WINDOW);
    }

    private boolean personalCase(List<Word> words) {
        if (personalPhrases.foundIn(words)) {
            return true;
        }
        return near(mine.positionsIn(words), owned.positionsIn(words), OWNER_WINDOW) && progress.foundIn(words);
    }

    private boolean frustrated(String text, List<Word> words) {
        HandoffSettings.Frustration rule = settings.frustration();
        if (frustrationPhrases.foundIn(words)) {
            return true;
        }
        if (rule.exclamations() > 0 && text.chars().filter(c -> c == '!').count() >= rule.exclamations()) {
            return true;
        }
        if (rule.shoutedWords() > 0) {
            long shouted = words.stream()
                    .filter(w -> w.inDictionary() && w.allCaps() && w.surface().codePointCount(0, w.surface().length()) >= 3)
                    .count();
            return shouted >= rule.shoutedWords() && shouted * 2 > words.size();
        }
        return false;
    }

    private static boolean near(List<Integer> a, List<Integer> b, int window) {
        for (int i : a) {
            for (int j : b) {
                if (i != j && Math.abs(i - j) <= window) {
                    return true;
                }
            }
        }
        return false;
    }
}
