package pl.krakow.kck.bot.handoff;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * The handoff rules of {@link HandoffSettings} that read the message itself, in one language: that language's
 * words, matched on the lemmas its analyser gives ("хочу поговорити з оператором" with the Ukrainian words and
 * dictionary, "I want to talk to a person" with the English words and stems).
 */
final class MessageRules {

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

    MessageRules(HandoffSettings settings, TextAnalyzer analyzer) {
        this.settings = settings;
        this.analyzer = analyzer;
        Language language = analyzer.language();
        HandoffSettings.ExplicitRequest explicit = settings.explicitRequest();
        this.people = new LemmaPhrases(analyzer, explicit.people().in(language));
        this.requests = new LemmaPhrases(analyzer, explicit.requests().in(language));
        this.requestPhrases = new LemmaPhrases(analyzer, explicit.phrases().in(language));
        this.informational = new LemmaPhrases(analyzer, explicit.notWhen().in(language));
        this.complaintWords = new LemmaPhrases(analyzer, settings.complaint().words().in(language));
        this.complaintTargets = new LemmaPhrases(analyzer, settings.complaint().targets().in(language));
        this.personalPhrases = new LemmaPhrases(analyzer, settings.personalCase().phrases().in(language));
        this.mine = new LemmaPhrases(analyzer, settings.personalCase().mine().in(language));
        this.owned = new LemmaPhrases(analyzer, settings.personalCase().owned().in(language));
        this.progress = new LemmaPhrases(analyzer, settings.personalCase().progress().in(language));
        this.frustrationPhrases = new LemmaPhrases(analyzer, settings.frustration().phrases().in(language));
    }

    /** The reason the message gives to bring in a person, if any: complaint, explicit request, personal case, frustration, in that order. */
    Optional<HandoffReason> inMessage(String text) {
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

    private boolean asksForPerson(List<Word> words) {
        if (requestPhrases.foundIn(words)) {
            return true;
        }
        List<Integer> persons = people.positionsIn(words);
        if (persons.isEmpty()) {
            return false;
        }
        if (informational.foundIn(words)) {
            return false; // "о котрій відповідають консультанти?", "скільки людей максимум?": a question, short or not
        }
        if (words.size() <= settings.explicitRequest().aloneUpTo()) {
            return true;
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
                    .filter(w -> shoutable(w) && w.allCaps() && w.surface().codePointCount(0, w.surface().length()) >= 3)
                    .count();
            return shouted >= rule.shoutedWords() && shouted * 2 > words.size();
        }
        return false;
    }

    /**
     * A word that counts when written in capitals: a dictionary word (abbreviations such as SCT or PKO are not);
     * English has no dictionary here, so any English word of letters counts.
     */
    private boolean shoutable(Word word) {
        return word.inDictionary() || analyzer.language() == Language.EN && word.surface().chars().allMatch(Character::isLetter);
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
