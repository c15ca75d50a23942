package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** The replies {@link DialogueEngine} gives, built from articles, candidates and the policy's decisions. */
final class EngineReplies {

    private EngineReplies() {
    }

    /** A question that names no subject, with nothing said before: which matter is it about? */
    static Reply whichSubject(SearchResult alone, String text) {
        List<Candidate> likely = new ArrayList<>();
        for (Candidate candidate : alone.candidates()) {
            if (candidate.coverage() > 0 && likely.stream().noneMatch(c -> c.article().topic().equals(candidate.article().topic()))) {
                likely.add(candidate);
            }
        }
        if (likely.isEmpty()) {
            return whichSubject();
        }
        return choices(likely.stream().limit(3).toList(), text);
    }

    /** "O jaką sprawę chodzi?" with no options to pick from. */
    static Reply whichSubject() {
        return new Reply(ReplyKind.CLARIFY, Messages.text(Lang.resident(), "dialogue.which-subject-no-options"), null, List.of(), List.of(), List.of(), 0);
    }

    static double confidence(AnswerPolicy.Decision decision) {
        return decision.best() == null ? 0 : decision.best().coverage();
    }

    static Reply answer(Article article, double confidence, List<Candidate> related) {
        List<Reply.Source> sources = article.sources().stream()
                .map(url -> new Reply.Source(article.title(), url))
                .toList();
        List<Reply.ArticleRef> relatedRefs = related.stream().map(c -> ref(c.article())).toList();
        return new Reply(ReplyKind.ANSWER, article.body(), ref(article), sources, List.of(), relatedRefs, confidence);
    }

    /** The articles an answer may rest on: the best, then the related ones. */
    static List<Article> grounds(AnswerPolicy.Decision decision) {
        List<Article> articles = new ArrayList<>();
        articles.add(decision.best().article());
        decision.related().forEach(c -> articles.add(c.article()));
        return articles;
    }

    static Reply clarify(AnswerPolicy.Decision decision) {
        String text = decision.choices().size() == 1 ? Messages.text(Lang.resident(), "dialogue.clarify-one") : Messages.text(Lang.resident(), "dialogue.clarify-many");
        Reply reply = choices(decision.choices(), text);
        return new Reply(ReplyKind.CLARIFY, text, null, List.of(), reply.options(), List.of(), decision.best().coverage());
    }

    static Reply articleChoices(List<Article> articles, String text) {
        List<Reply.Option> options = new ArrayList<>();
        for (Article article : articles) {
            options.add(new Reply.Option(DialogueEngine.ARTICLE_OPTION + article.id(), article.title()));
        }
        options.add(new Reply.Option(DialogueEngine.NONE_OPTION, Messages.text(Lang.resident(), "dialogue.none-of-these")));
        return new Reply(ReplyKind.CLARIFY, text, null, List.of(), options, List.of(), 0);
    }

    static Reply choices(List<Candidate> candidates, String text) {
        List<Reply.Option> options = new ArrayList<>();
        for (Candidate candidate : candidates) {
            options.add(new Reply.Option(DialogueEngine.ARTICLE_OPTION + candidate.article().id(), candidate.article().title()));
        }
        options.add(new Reply.Option(DialogueEngine.NONE_OPTION, Messages.text(Lang.resident(), "dialogue.none-of-these")));
        return new Reply(ReplyKind.CLARIFY, text, null, List.of(), options, List.of(), 0);
    }

    static Reply fallback(String text, double confidence) {
        return new Reply(ReplyKind.FALLBACK, text, null, List.of(), List.of(), List.of(), confidence);
    }

    static Reply.ArticleRef ref(Article article) {
        return new Reply.ArticleRef(article.id(), article.title(), article.topic());
    }

    /** The reply to an option picked: the article chosen, or what to do when none fits. */
    static Reply chosen(Retriever current, String picked) {
        if (picked.equals(DialogueEngine.NONE_OPTION)) {
            return fallback(Messages.text(Lang.resident(), "dialogue.none-chosen"), 0);
        }
        if (picked.startsWith(DialogueEngine.ARTICLE_OPTION)) {
            Optional<Article> article = current.article(picked.substring(DialogueEngine.ARTICLE_OPTION.length()));
            if (article.isPresent()) {
                return answer(article.get(), 1.0, List.of());
            }
        }
        return fallback(Messages.text(Lang.resident(), "dialogue.unknown-choice"), 0);
    }
}
