package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** A follow-up read as a turn to another subject ({@link FollowUps.Kind#SWITCHED}), answered. */
final class SwitchedSubject {

    private final AnswerPolicy policy;
    private final AnswerWriter writer;
    private final DecidedTurns decisions;
    private final int candidates;

    SwitchedSubject(AnswerPolicy policy, AnswerWriter writer, DecidedTurns decisions, int candidates) {
        this.policy = policy;
        this.writer = writer;
        this.decisions = decisions;
        this.candidates = candidates;
    }

    /**
     * A turn to another subject ("a meldunek trzeba zmienić?" after the ID card on moving house): answered from
     * an article of the topics its words name when one holds enough of it, not from the old subject's article that
     * mentions the new one in passing, nor from a third topic the carried-over facet pulls in; otherwise as a
     * question of its own.
     */
    DialogueEngine.Turn switched(Retriever current, String text, FollowUps.Reading reading, DialogueState state) {
        SearchResult result = current.search(reading.query(), candidates);
        Optional<Article> first = result.candidates().stream().findFirst().map(Candidate::article);
        if (first.isEmpty() || first.get().topic().equals(state.topic()) && !first.get().id().equals(state.article())) {
            return decisions.decided(current, text, result, reading, state); // another article of the subject's topic answers it
        }
        Optional<Candidate> named = inTopics(result, reading.topics());
        if (named.isEmpty() && !reading.query().equals(text)) {
            // the facet carried over ("ile trwa" after a question on timing) may pull elsewhere: the new subject's own words
            named = inTopics(current.search(text, candidates), reading.topics());
        }
        if (named.isEmpty() || named.get() == result.candidates().getFirst()) {
            return decisions.decided(current, text, result, reading, state);
        }
        Candidate best = named.get();
        List<Candidate> related = result.candidates().stream()
                .filter(c -> c != best && c.article().topic().equals(best.article().topic()) && c.coverage() >= policy.clarifyThreshold())
                .limit(2).toList();
        List<Article> grounds = new ArrayList<>();
        grounds.add(best.article());
        related.forEach(c -> grounds.add(c.article()));
        Reply reply = writer.write(reading.query(), grounds, EngineReplies.answer(best.article(), best.coverage(), related));
        return new DialogueEngine.Turn(reply, decisions.about(current, state, reply, reading.words(), reading.facet()));
    }

    /**
     * The first candidate of the named topics when it holds enough of the question to answer it, else the one of
     * them that holds the most of it, if that is enough ("a jak wyrobić Kartę Krakowską dla całej rodziny?": the
     * large-family card).
     */
    private Optional<Candidate> inTopics(SearchResult result, Set<String> topics) {
        List<Candidate> named = result.candidates().stream().filter(c -> topics.contains(c.article().topic())).toList();
        return named.stream().findFirst().filter(c -> c.coverage() >= policy.answerThreshold())
                .or(() -> named.stream().max(Comparator.comparingDouble(Candidate::coverage)))
                .filter(c -> c.coverage() >= policy.answerThreshold());
    }
}
