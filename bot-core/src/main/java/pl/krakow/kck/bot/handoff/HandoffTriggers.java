package pl.krakow.kck.bot.handoff;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;

/**
 * The rules that make the assistant offer a consultant (see {@link HandoffSettings}): what the message
 * itself says, checked before the knowledge base in the turn's language ({@link MessageRules}: that language's
 * words and analyser), and repeated misses, checked on the assistant's reply.
 */
public final class HandoffTriggers {

    private final HandoffSettings settings;
    private final Map<Language, MessageRules> rules = new EnumMap<>(Language.class);

    /** @param polish the Polish analyser; Ukrainian and English messages are read with their own ({@link TextAnalyzer#of}) */
    public HandoffTriggers(HandoffSettings settings, TextAnalyzer polish) {
        this.settings = settings;
        for (Language language : Language.values()) {
            rules.put(language, new MessageRules(settings, language == Language.PL ? polish : TextAnalyzer.of(language)));
        }
    }

    /** The reason the message itself gives to bring in a person, read in the resident's language ({@link Lang#resident()}). */
    public Optional<HandoffReason> inMessage(String text) {
        return inMessage(text, Language.of(Lang.resident().code()).orElse(Language.DEFAULT));
    }

    /** The reason a message in {@code language} gives to bring in a person, if any: complaint, explicit request, personal case, frustration, in that order. */
    public Optional<HandoffReason> inMessage(String text, Language language) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return rules.get(language).inMessage(text);
    }

    /** Callback requests that may wait at once ({@link HandoffSettings#maxWaitingCallbacks()}). */
    int maxWaitingCallbacks() {
        return settings.maxWaitingCallbacks();
    }

    /**
     * Whether this reply of the assistant is one miss too many.
     *
     * @param earlierMisses fallbacks and clarifying questions already given since the last offer
     */
    public boolean tooManyMisses(ReplyKind reply, int earlierMisses) {
        return settings.repeatedMisses().enabled()
                && (reply == ReplyKind.FALLBACK || reply == ReplyKind.CLARIFY)
                && earlierMisses + 1 >= settings.repeatedMisses().after();
    }
}
