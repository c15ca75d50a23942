package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * Turns what a resident wrote into the assistant's reply. Stateless: what it needs of the conversation
 * (the choices last offered) comes in with the message.
 */
public final class DialogueEngine {

    /** Option id prefix for an article the resident can pick. */
    public static final String ARTICLE_OPTION = "article:";
    /** Option id for "none of these". */
    public static final String NONE_OPTION = "none";

    private static final int CANDIDATES = 8;

    private final Supplier<? extends Retriever> retriever;
    private final AnswerPolicy policy;
    private final AnswerWriter writer;
    private final SmallTalk smallTalk = new SmallTalk();
    private final Guardrails guardrails = new Guardrails();

    public DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy) {
        this(retriever, policy, AnswerWriter.EXTRACTIVE);
    }

    /** An engine whose answers pass through {@code writer} (a language model, when one is configured). */
    public DialogueEngine(Supplier<? extends Retriever> retriever, AnswerPolicy policy, AnswerWriter writer) {
        this.retriever = retriever;
        this.policy = policy;
        this.writer = writer;
    }

    /**
     * The reply to one message.
     *
     * @param text    what the resident typed (may be empty when a choice is given)
     * @param choice  an option id the resident picked, or null
     * @param offered the options of the assistant's previous reply, empty when there were none
     */
    public Reply reply(String text, String choice, List<Reply.Option> offered) {
        Retriever current = retriever.get();
        String picked = choice != null ? choice : Reply.picked(text, offered);
        if (picked != null) {
            return chosen(current, picked);
        }
        Optional<String> polite = smallTalk.reply(text);
        if (polite.isPresent()) {
            return new Reply(ReplyKind.SMALLTALK, polite.get(), null, List.of(), List.of(), List.of(), 1.0);
        }
        Optional<String> refused = guardrails.check(text);
        if (refused.isPresent()) {
            return fallback(refused.get() + " " + Phrases.INFOLINE_NOTE, 0);
        }
        SearchResult result = current.search(text, CANDIDATES);
        if (result.concepts().isEmpty()) {
            return fallback(Phrases.EMPTY_QUESTION, 0);
        }
        AnswerPolicy.Decision decision = policy.decide(result);
        return switch (decision.kind()) {
            case ANSWER -> writer.write(text, grounds(decision),
                    answer(decision.best().article(), decision.best().coverage(), decision.related()));
            case CLARIFY -> clarify(decision);
            default -> fallback(decision.redirect() != null ? decision.redirect() + " " + Phrases.INFOLINE_NOTE : Phrases.FALLBACK,
                    decision.best() == null ? 0 : decision.best().coverage());
        };
    }

    /** The ranked candidates alone, for evaluation and diagnostics. */
    public SearchResult search(String text) {
        return retriever.get().search(text, CANDIDATES);
    }

    private Reply chosen(Retriever current, String picked) {
        if (picked.equals(NONE_OPTION)) {
            return fallback(Phrases.NONE_CHOSEN, 0);
        }
        if (picked.startsWith(ARTICLE_OPTION)) {
            Optional<Article> article = current.article(picked.substring(ARTICLE_OPTION.length()));
            if (article.isPresent()) {
                return answer(article.get(), 1.0, List.of());
            }
        }
        return fallback(Phrases.UNKNOWN_CHOICE, 0);
    }

    private static Reply answer(Article article, double confidence, List<Candidate> related) {
        List<Reply.Source> sources = article.sources().stream()
                .map(url -> new Reply.Source(article.title(), url))
                .toList();
        List<Reply.ArticleRef> relatedRefs = related.stream().map(c -> ref(c.article())).toList();
        return new Reply(ReplyKind.ANSWER, article.body(), ref(article), sources, List.of(), relatedRefs, confidence);
    }

    /** The articles an answer may rest on: the best, then the related ones. */
    private static List<Article> grounds(AnswerPolicy.Decision decision) {
        List<Article> articles = new ArrayList<>();
        articles.add(decision.best().article());
        decision.related().forEach(c -> articles.add(c.article()));
        return articles;
    }

    private static Reply clarify(AnswerPolicy.Decision decision) {
        List<Reply.Option> options = new ArrayList<>();
        for (Candidate candidate : decision.choices()) {
            options.add(new Reply.Option(ARTICLE_OPTION + candidate.article().id(), candidate.article().title()));
        }
        options.add(new Reply.Option(NONE_OPTION, Phrases.NONE_OF_THESE));
        String text = decision.choices().size() == 1 ? Phrases.CLARIFY_ONE : Phrases.CLARIFY_MANY;
        return new Reply(ReplyKind.CLARIFY, text, null, List.of(), options, List.of(), decision.best().coverage());
    }

    private static Reply fallback(String text, double confidence) {
        return new Reply(ReplyKind.FALLBACK, text, null, List.of(), List.of(), List.of(), confidence);
    }

    private static Reply.ArticleRef ref(Article article) {
        return new Reply.ArticleRef(article.id(), article.title(), article.topic());
    }
}
