package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.Editions;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageTexts;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.text.Lang;

/**
 * The knowledge base's reply in the turn's language ({@link Lang#resident()}): Ukrainian and English from an
 * engine over that language's edition, marked as written in it (an answer from a Polish stand-in of an
 * untranslated article says so first); Polish from the Polish engine. The report form asks it when a
 * resident asks a question in the middle of a report, so the answer comes in the resident's language.
 */
public final class LanguageAnswers implements KnowledgeAnswers {

    private final KnowledgeAnswers polish;
    private final Map<Language, DialogueEngine> engines;
    private final Function<Language, Supplier<ArticleIndex>> editions;
    private final LanguageTexts texts;

    /**
     * @param engines  the engines over every language's edition; the Polish one only reads a conversation's state
     *                 (Polish replies come from {@code polish})
     * @param editions each language's edition, to tell a translation from a Polish stand-in
     */
    public LanguageAnswers(KnowledgeAnswers polish, Map<Language, DialogueEngine> engines,
                           Function<Language, Supplier<ArticleIndex>> editions, LanguageTexts texts) {
        this.polish = polish;
        this.engines = Map.copyOf(engines);
        this.editions = editions;
        this.texts = texts;
    }

    @Override
    public Reply reply(String text, String choice, List<Reply.Option> offered) {
        Language language = Language.of(Lang.resident().code()).orElse(Language.PL);
        return in(language).map(engine -> localized(engine.reply(text, choice, offered), language))
                .orElseGet(() -> polish.reply(text, choice, offered));
    }

    @Override
    public DialogueEngine.Turn turn(String text, String choice, List<Reply.Option> offered, DialogueState state) {
        Language language = Language.of(Lang.resident().code()).orElse(Language.PL);
        return in(language).map(engine -> {
            DialogueEngine.Turn turn = engine.turn(text, choice, offered, state);
            return new DialogueEngine.Turn(localized(turn.reply(), language), turn.state());
        }).orElseGet(() -> polish.turn(text, choice, offered, state));
    }

    /** The engine of a language other than Polish; empty for Polish. */
    Optional<DialogueEngine> in(Language language) {
        return language == Language.PL ? Optional.empty() : Optional.ofNullable(engines.get(language));
    }

    /** The engine over a language's edition, Polish too: what reads a conversation's state in that language. */
    Optional<DialogueEngine> reader(Language language) {
        return Optional.ofNullable(engines.get(language));
    }

    /** The engine's reply (its own words already in the language) marked as written in it. */
    Reply localized(Reply reply, Language language) {
        String text = reply.kind() == ReplyKind.ANSWER && untranslated(reply, language)
                ? texts.text(language, "languages.untranslated") + "\n\n" + reply.text() : reply.text();
        return reply.in(language, text, reply.options());
    }

    private boolean untranslated(Reply reply, Language language) {
        if (reply.article() == null) {
            return false;
        }
        Optional<Article> article = editions.apply(language).get().article(reply.article().id());
        return article.isPresent() && !Editions.translated(article.get(), language);
    }
}
