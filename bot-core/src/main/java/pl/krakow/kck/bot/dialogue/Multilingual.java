package pl.krakow.kck.bot.dialogue;

import java.util.EnumMap;
import java.util.Map;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageIdentifier;
import pl.krakow.kck.bot.language.LanguageTexts;
import pl.krakow.kck.bot.language.LinguaDetector;
import pl.krakow.kck.bot.retrieval.LiveIndex;

/** Wires {@link LanguageRouting} the one way the service and the evaluation both use. */
public final class Multilingual {

    private Multilingual() {
    }

    /**
     * @param index  the live index with its editions
     * @param polish the flow of Polish turns (the report form)
     */
    public static LanguageRouting routing(LiveIndex index, LanguageRouting.Store store, AnswerPolicy policy, ConversationFlow polish) {
        Map<Language, DialogueEngine> engines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (language != Language.PL) {
                engines.put(language, new DialogueEngine(index.edition(language), policy));
            }
        }
        return new LanguageRouting(new LanguageIdentifier(LinguaDetector.shared()), store, engines, index::edition, polish,
                new LanguageTexts());
    }
}
