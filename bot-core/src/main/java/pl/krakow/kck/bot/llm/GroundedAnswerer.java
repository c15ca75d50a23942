package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;

import pl.krakow.kck.bot.dialogue.AnswerWriter;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.knowledge.Article;

/**
 * Phrases an answer with the chat model from the articles the answer policy chose, and nothing else.
 * It only ever replaces an answer the model-free path would give: the guardrails, the confidence check
 * and the choice of articles stay as they are.
 *
 * <ul>
 *   <li>the model says the articles do not answer ({@link GroundedPrompt#NOT_IN_ARTICLES}): a fallback;</li>
 *   <li>the model is slow, down, or its breaker open, or its answer fails the {@link GroundingCheck}
 *       (cites nothing, cites an article it was not given, has a number no article has): the extractive answer;</li>
 *   <li>otherwise: the model's text, with its citations numbered and the cited articles as sources.</li>
 * </ul>
 */
public final class GroundedAnswerer implements AnswerWriter {

    private static final Logger LOG = Logger.getLogger(GroundedAnswerer.class.getName());
    private static final int MAX_RELATED = 2;

    private final ChatModel model;
    private final ModelGuard guard;

    public GroundedAnswerer(ChatModel model, ModelGuard guard) {
        this.model = model;
        this.guard = guard;
    }

    @Override
    public Reply write(String question, List<Article> articles, Reply extractive) {
        if (articles.isEmpty() || extractive.kind() != ReplyKind.ANSWER) {
            return extractive;
        }
        ChatRequest request = GroundedPrompt.request(question, articles);
        Optional<String> text = guard.call(() -> model.chat(request).aiMessage().text());
        if (text.isEmpty() || text.get().isBlank()) {
            return extractive;
        }
        String answer = text.get().strip();
        if (answer.contains(GroundedPrompt.NOT_IN_ARTICLES)) {
            return AnswerWriter.notAnswered(extractive);
        }
        GroundingCheck.Verdict verdict = GroundingCheck.check(answer, articles);
        if (verdict.grounded().isEmpty()) {
            LOG.warning(() -> "model answer not shown, it " + verdict.reason() + "; the extractive answer is");
            return extractive;
        }
        return reply(verdict.grounded().get(), articles, extractive);
    }

    private static Reply reply(GroundingCheck.Grounded grounded, List<Article> articles, Reply extractive) {
        List<Reply.Source> sources = new ArrayList<>();
        for (int i = 0; i < grounded.cited().size(); i++) {
            Article article = grounded.cited().get(i);
            for (var url : article.sources()) {
                sources.add(new Reply.Source("[" + (i + 1) + "] " + article.title(), url));
            }
        }
        List<Reply.ArticleRef> related = articles.stream()
                .filter(a -> !grounded.cited().contains(a))
                .limit(MAX_RELATED)
                .map(GroundedAnswerer::ref)
                .toList();
        return new Reply(ReplyKind.ANSWER, grounded.text(), ref(grounded.cited().getFirst()), sources, List.of(), related,
                extractive.confidence());
    }

    private static Reply.ArticleRef ref(Article article) {
        return new Reply.ArticleRef(article.id(), article.title(), article.topic());
    }
}
