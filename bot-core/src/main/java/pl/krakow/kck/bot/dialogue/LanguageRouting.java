package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.Editions;
import pl.krakow.kck.bot.language.Identified;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageIdentifier;
import pl.krakow.kck.bot.language.LanguageTexts;
import pl.krakow.kck.bot.language.UkrainianInLatin;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.bot.text.Lang;

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
    private final LanguageAnswers answers;
    private final ConversationFlow polish;
    private final LanguageTexts texts;

    /**
     * @param answers the engines of the other served languages (over their editions)
     * @param polish  the flow of Polish turns (the report form), before the Polish engine
     */
    public LanguageRouting(LanguageIdentifier identifier, Store store, LanguageAnswers answers, ConversationFlow polish,
                           LanguageTexts texts) {
        this.identifier = identifier;
        this.store = store;
        this.answers = answers;
        this.polish = polish;
        this.texts = texts;
    }

    /**
     * What a turn is in: the message's identification and the language it is served in; {@code switched} when
     * the conversation was in another language before it.
     */
    private record TurnLanguage(Identified identified, Language language, boolean switched) {
    }

    /** The turn being served, bound by {@link #inLanguage} so that {@link #reply} does not identify twice. */
    private static final ThreadLocal<TurnLanguage> TURN = new ThreadLocal<>();

    /**
     * Identifies the message's language (the conversation's as the prior), stores a served one as the
     * conversation's, and runs the whole turn (the handoff gate included) with {@link Lang#resident()} in it.
     */
    @Override
    public <T> T inLanguage(String conversationId, String text, String choice, Supplier<T> turn) {
        TurnLanguage language = identify(conversationId, text, choice);
        TurnLanguage before = TURN.get();
        TURN.set(language);
        try {
            return Lang.speaking(language.language().lang(), turn);
        } finally {
            TURN.set(before);
        }
    }

    @Override
    public boolean formOpen(String conversationId) {
        return polish.formOpen(conversationId);
    }

    @Override
    public Optional<Reply> reply(String conversationId, String text, String choice, List<Reply.Option> offered) {
        return turn(conversationId, text, choice, offered, DialogueState.EMPTY).map(DialogueEngine.Turn::reply);
    }

    /**
     * A Polish turn goes to the Polish flow (empty when it leaves the turn to the Polish engine); a Ukrainian or
     * English one to the flow, then to that language's engine, which reads it against the dialogue state as the
     * Polish engine does (follow-ups, a new subject, no subject) and returns the state after it.
     */
    private Optional<DialogueEngine.Turn> turn(String conversationId, String text, String choice, List<Reply.Option> offered,
                                               DialogueState state) {
        TurnLanguage turn = TURN.get() != null ? TURN.get() : identify(conversationId, text, choice);
        Language language = turn.language();
        if (turn.identified().unserved()) {
            return Optional.of(new DialogueEngine.Turn(new Reply(ReplyKind.FALLBACK, texts.unserved(), null, List.of(), List.of(),
                    List.of(), 0, language == Language.PL ? Language.UK : language), state));
        }
        return Lang.speaking(language.lang(), () -> {
            Optional<DialogueEngine.Turn> form = polish.turn(conversationId, Input.of(text, choice), offered, state);
            Optional<DialogueEngine> engine = answers.in(language);
            if (form.isPresent() || engine.isEmpty()) {
                return form;
            }
            DialogueEngine.Turn answered = engine.get().turn(readable(text, choice, language), choice, offered, state);
            return Optional.of(new DialogueEngine.Turn(answers.localized(answered.reply(), language), answered.state()));
        });
    }

    @Override
    public Optional<DialogueEngine.Turn> turn(String conversationId, Input input, List<Reply.Option> offered, DialogueState state) {
        if (input instanceof Input.Text || input instanceof Input.Choice) {
            return turn(conversationId, input.text(), input.choice(), offered, state);
        }
        return polish.turn(conversationId, input, offered, state);
    }

    /**
     * After a change of language ("how much does it cost?" after "Як оформити мельдунек?") the subject is kept and
     * named again in the new language's words, so that the new language's engine can search with them.
     */
    @Override
    public DialogueState read(String conversationId, DialogueState state) {
        TurnLanguage turn = TURN.get();
        if (turn == null || !turn.switched() || state.equals(DialogueState.EMPTY)) {
            return state;
        }
        return answers.reader(turn.language()).map(engine -> engine.restated(state)).orElse(state);
    }

    private TurnLanguage identify(String conversationId, String text, String choice) {
        Optional<Language> prior = store.find(conversationId);
        Lang.stored(conversationId, prior.map(Language::lang)); // the request's language, unless it was read already
        Identified identified = choice != null ? new Identified(Identified.NEUTRAL, prior.orElse(null))
                : identifier.identify(text, prior.orElse(null));
        Language language = identified.served() != null ? identified.served() : prior.orElse(Language.DEFAULT);
        boolean changed = prior.isEmpty() || prior.get() != language;
        if (!identified.unserved() && changed) {
            store.save(conversationId, language);
        }
        return new TurnLanguage(identified, language, !identified.unserved() && prior.isPresent() && changed);
    }

    /** Text and choices are read in their language; a place, a photo or a command has none and goes to the Polish flow. */
    @Override
    public Optional<Reply> reply(String conversationId, Input input, List<Reply.Option> offered) {
        if (input instanceof Input.Text || input instanceof Input.Choice) {
            return reply(conversationId, input.text(), input.choice(), offered);
        }
        return polish.reply(conversationId, input, offered);
    }

    /** The ranked candidates a first message gets in its language (the evaluation's ranking). */
    public SearchResult search(String text, DialogueEngine polishEngine) {
        Identified identified = identifier.identify(text, null);
        return Optional.ofNullable(identified.served()).flatMap(answers::in).orElse(polishEngine)
                .search(readable(text, null, identified.served()));
    }

    /**
     * A Ukrainian turn typed in Latin letters has its Ukrainian words written in Cyrillic ("skilky koshtuje kvytok" →
     * "скільки коштує квиток"), Polish words kept as typed, for the Ukrainian edition to search; a turn with Cyrillic
     * words, and an option picked, are read as they are.
     */
    private static String readable(String text, String choice, Language language) {
        if (language != Language.UK || choice != null || !UkrainianInLatin.latinOnly(text)) {
            return text;
        }
        return UkrainianInLatin.toCyrillic(text);
    }
}
