package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.Editions;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.language.Identified;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageIdentifier;
import pl.krakow.kck.bot.language.LanguageTexts;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * The language of each turn: identified with the conversation's language as a prior, stored, and the turn
 * served in it. Polish turns go on to the Polish flow (the report form) and engine; Ukrainian and English
 * ones are answered by an engine over that language's edition, with the assistant's own texts from the
 * language's catalogue; a message in another language (Russian included) gets the Ukrainian and English
 * reply naming the languages served and the infoline, and is never answered from an article.
 */
public final class LanguageRouting implements ConversationFlow {

    /** Where the conversation's language is kept between turns. */
    public interface Store {
        Optional<Language> find(String conversationId);

        void save(String conversationId, Language language);

        /** No memory: every message is a first message (the evaluation of first replies). */
        Store NONE = new Store() {
            @Override
            public Optional<Language> find(String conversationId) {
                return Optional.empty();
            }

            @Override
            public void save(String conversationId, Language language) {
            }
        };
    }

    private final LanguageIdentifier identifier;
    private final Store store;
    private final Map<Language, DialogueEngine> engines;
    private final Function<Language, Supplier<ArticleIndex>> editions;
    private final ConversationFlow polish;
    private final LanguageTexts texts;

    /**
     * @param engines  the engines of the other served languages (over their editions)
     * @param editions each language's edition, to tell a translation from a Polish stand-in
     * @param polish   the flow of Polish turns (the report form), before the Polish engine
     */
    public LanguageRouting(LanguageIdentifier identifier, Store store, Map<Language, DialogueEngine> engines,
                           Function<Language, Supplier<ArticleIndex>> editions, ConversationFlow polish, LanguageTexts texts) {
        this.identifier = identifier;
        this.store = store;
        this.engines = Map.copyOf(engines);
        this.editions = editions;
        this.polish = polish;
        this.texts = texts;
    }

    @Override
    public Optional<Reply> reply(String conversationId, String text, String choice, List<Reply.Option> offered) {
        Optional<Language> prior = store.find(conversationId);
        Identified identified = choice != null ? new Identified(Identified.NEUTRAL, prior.orElse(null))
                : identifier.identify(text, prior.orElse(null));
        if (identified.unserved()) {
            return Optional.of(new Reply(ReplyKind.FALLBACK, texts.unserved(), null, List.of(), List.of(), List.of(), 0,
                    prior.filter(l -> l != Language.PL).orElse(Language.UK)));
        }
        Language language = identified.served() != null ? identified.served() : prior.orElse(Language.DEFAULT);
        if (prior.isEmpty() || prior.get() != language) {
            store.save(conversationId, language);
        }
        DialogueEngine engine = engines.get(language);
        if (language == Language.PL || engine == null) {
            return polish.reply(conversationId, text, choice, offered);
        }
        return Optional.of(localized(engine.reply(text, choice, offered), language));
    }

    /** The ranked candidates a first message gets in its language (the evaluation's ranking). */
    public SearchResult search(String text, DialogueEngine polishEngine) {
        Identified identified = identifier.identify(text, null);
        DialogueEngine engine = identified.served() == null ? null : engines.get(identified.served());
        return (engine == null ? polishEngine : engine).search(text);
    }

    /** The engine's reply with the assistant's own words in the resident's language. */
    private Reply localized(Reply reply, Language language) {
        List<Reply.Option> options = new ArrayList<>();
        for (Reply.Option option : reply.options()) {
            options.add(option.id().equals(DialogueEngine.NONE_OPTION)
                    ? new Reply.Option(option.id(), texts.text(language, "dialogue.none-of-these")) : option);
        }
        String text = switch (reply.kind()) {
            case ANSWER -> untranslated(reply, language) ? texts.text(language, "languages.untranslated") + "\n\n" + reply.text() : reply.text();
            case CLARIFY -> texts.text(language, options.size() <= 2 ? "dialogue.clarify-one" : "dialogue.clarify-many");
            case FALLBACK -> redirect(reply, language).map(r -> r + " " + texts.text(language, "dialogue.infoline-note"))
                    .orElseGet(() -> texts.text(language, "dialogue.fallback"));
            case SMALLTALK -> texts.text(language, "dialogue.greeting");
            default -> reply.text();
        };
        return reply.in(language, text, options);
    }

    /** The edition's own "whose matter this is" (out-of-scope.<lang>.txt) that the engine's fallback starts with, if any. */
    private Optional<String> redirect(Reply reply, Language language) {
        return editions.apply(language).get().knowledgeBase().outOfScope().stream()
                .map(KnowledgeBase.Redirect::reply)
                .filter(r -> reply.text().startsWith(r))
                .findFirst();
    }

    private boolean untranslated(Reply reply, Language language) {
        if (reply.article() == null) {
            return false;
        }
        Optional<Article> article = editions.apply(language).get().article(reply.article().id());
        return article.isPresent() && !Editions.translated(article.get(), language);
    }
}
