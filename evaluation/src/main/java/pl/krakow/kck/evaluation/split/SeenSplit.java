package pl.krakow.kck.evaluation.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.evaluation.questions.EvalQuestion;

/**
 * Splits the answer lines into {@link Part#SEEN} and {@link Part#UNSEEN}. A line is seen when its plain
 * question, folded and stripped of punctuation, equals the title or one of the {@code questions:} of any
 * article, or shares at least {@link #JACCARD_THRESHOLD} of its tokens with one (token Jaccard). The
 * {@code -d} and {@code -t} variants follow their plain line (same id stem); a line without a plain
 * sibling is judged by its own text.
 */
public final class SeenSplit {

    public static final double JACCARD_THRESHOLD = 0.8;

    private final List<TokenSet> written;
    private final Map<String, String> plainTextByStem = new HashMap<>();
    private final Map<String, Part> partByText = new HashMap<>();

    public SeenSplit(KnowledgeBase knowledgeBase, List<EvalQuestion> questions) {
        this(texts(knowledgeBase.articles()), questions);
    }

    /** From the written texts (titles and alternative questions) directly. */
    public SeenSplit(List<String> writtenTexts, List<EvalQuestion> questions) {
        this.written = writtenTexts.stream().map(TokenSet::of).toList();
        for (EvalQuestion question : questions) {
            if (question.isPlain()) {
                plainTextByStem.putIfAbsent(question.stem(), question.text());
            }
        }
    }

    /** The part of an answer line; empty for lines that do not expect an answer. */
    public Optional<Part> partOf(EvalQuestion question) {
        if (!question.expect().isAnswer()) {
            return Optional.empty();
        }
        String plain = plainTextByStem.getOrDefault(question.stem(), question.text());
        return Optional.of(partByText.computeIfAbsent(plain, this::classify));
    }

    private Part classify(String text) {
        TokenSet asked = TokenSet.of(text);
        for (TokenSet candidate : written) {
            if (asked.normalized().equals(candidate.normalized()) || asked.jaccard(candidate) >= JACCARD_THRESHOLD) {
                return Part.SEEN;
            }
        }
        return Part.UNSEEN;
    }

    private static List<String> texts(List<Article> articles) {
        List<String> texts = new ArrayList<>();
        for (Article article : articles) {
            texts.add(article.title());
            texts.addAll(article.questions());
        }
        return texts;
    }
}
