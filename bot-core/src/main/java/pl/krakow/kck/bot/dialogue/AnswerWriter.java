package pl.krakow.kck.bot.dialogue;

import java.util.List;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The last step of an answer: how the chosen articles become the text the resident reads. Without a
 * language model it is {@link #EXTRACTIVE}: the best article's text, unchanged. With one, a writer may
 * phrase the answer from the articles (package {@code pl.krakow.kck.bot.llm}), and falls back to the
 * extractive reply it was given whenever it cannot do better.
 */
public interface AnswerWriter {

    /** The model-free path: the extractive answer as it is. */
    AnswerWriter EXTRACTIVE = (question, articles, extractive) -> extractive;

    /**
     * The reply to give for an answer the policy has chosen.
     *
     * @param question   what the resident typed (already past the guardrails)
     * @param articles   the articles the answer may rest on: the best first, then the related ones
     * @param extractive the model-free reply (kind {@link ReplyKind#ANSWER}); return it to keep it
     */
    Reply write(String question, List<Article> articles, Reply extractive);

    /** The reply for when the articles turn out not to answer the question: a fallback with the infoline. */
    static Reply notAnswered(Reply extractive) {
        return new Reply(ReplyKind.FALLBACK, Messages.text(Lang.resident(), "dialogue.fallback"), null, List.of(), List.of(), List.of(), extractive.confidence());
    }
}
