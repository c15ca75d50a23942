package pl.krakow.kck.bot.dialogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageIdentifier;
import pl.krakow.kck.bot.language.LanguageTexts;
import pl.krakow.kck.bot.language.LinguaDetector;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.ConversationLanguages;

/** Wires {@link LanguageRouting} the one way the service and the evaluation both use. */
public final class Multilingual {

    private Multilingual() {
    }

    /**
     * @param index  the live index with its editions
     * @param polish the flow of Polish turns (the report form)
     */
    public static LanguageRouting routing(LiveIndex index, LanguageRouting.Store store, AnswerPolicy policy, ConversationFlow polish) {
        return new LanguageRouting(new LanguageIdentifier(LinguaDetector.shared()), store, answers(index, policy, NO_POLISH),
                polish, new LanguageTexts());
    }

    /** The conversation's language kept in its row (column {@code conversation.lang}), as the service keeps it. */
    public static LanguageRouting.Store stored(ConversationLanguages languages) {
        return new LanguageRouting.Store() {
            @Override
            public Optional<Language> find(String conversationId) {
                return languages.find(conversationId);
            }

            @Override
            public void save(String conversationId, Language language) {
                languages.save(conversationId, language);
            }
        };
    }

    /**
     * The knowledge base's answers in the turn's language, Polish from {@code polish}: what the report form asks
     * for a question in the middle of a report.
     */
    public static LanguageAnswers answers(LiveIndex index, AnswerPolicy policy, KnowledgeAnswers polish) {
        Map<Language, DialogueEngine> engines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            engines.put(language, DialogueEngine.in(language, index.edition(language), policy));
        }
        return new LanguageAnswers(polish, engines, index::edition, new LanguageTexts());
    }

    /** The routing answers Polish turns with the Polish flow and engine itself, never through its answers. */
    private static final KnowledgeAnswers NO_POLISH = (text, choice, offered) -> {
        throw new IllegalStateException("Polish turns are answered by the Polish engine, not by the routing's answers");
    };
}
