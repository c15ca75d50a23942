package pl.krakow.kck.evaluation.dialogues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import pl.krakow.kck.evaluation.metrics.Latency;
import pl.krakow.kck.evaluation.metrics.Share;

/**
 * The dialogue scores of shared/knowledge/evaluation-format.md ("Dialogues"). The {@code followup…}
 * scores are over the turns after the first; the {@code first…} ones over first turns, for comparison
 * with the single-question sets.
 *
 * @param followupTopicAt1         over follow-up turns expecting a topic: the reply's topic is it
 * @param followupWrongTopicAnswers over follow-up turns expecting an answer on a topic: answered on another topic
 * @param dialogueSuccess          dialogues whose every turn met its {@code expect}
 * @param replyLanguage            over every turn expecting a language ({@code expect.lang}): the reply is in it
 * @param latency                  of every turn's {@code post}
 */
public record DialogueScores(int dialogues, int followups, Share followupKindAccuracy, Share followupTopicAt1,
                             Share followupArticleAt1, Share followupFactsHit, Share followupWrongTopicAnswers,
                             Share firstKindAccuracy, Share firstTopicAt1, Share dialogueSuccess, Share replyLanguage,
                             Latency latency) {

    public static DialogueScores of(List<TurnOutcome> outcomes) {
        Map<String, Boolean> success = new LinkedHashMap<>();
        int followups = 0;
        int kind = 0;
        int topics = 0;
        int topicHits = 0;
        int articles = 0;
        int articleHits = 0;
        int facts = 0;
        int factHits = 0;
        int answers = 0;
        int wrong = 0;
        int firsts = 0;
        int firstKind = 0;
        int firstTopics = 0;
        int firstTopicHits = 0;
        int langs = 0;
        int langHits = 0;
        List<Long> latencies = new ArrayList<>();
        for (TurnOutcome o : outcomes) {
            latencies.add(o.latencyNanos());
            success.merge(o.dialogue().id(), o.met(), Boolean::logicalAnd);
            if (o.expect().lang() != null) {
                langs++;
                langHits += o.langHit() ? 1 : 0;
            }
            if (!o.followUp()) {
                firsts++;
                firstKind += o.kindHit() ? 1 : 0;
                if (o.expect().topic() != null) {
                    firstTopics++;
                    firstTopicHits += o.topicHit() ? 1 : 0;
                }
                continue;
            }
            followups++;
            kind += o.kindHit() ? 1 : 0;
            if (o.expect().topic() != null) {
                topics++;
                topicHits += o.topicHit() ? 1 : 0;
            }
            if (o.expect().article() != null) {
                articles++;
                articleHits += o.articleHit() ? 1 : 0;
            }
            if (o.expect().hasFacts()) {
                facts++;
                factHits += o.factsHit() ? 1 : 0;
            }
            if (o.expect().isAnswer() && o.expect().topic() != null) {
                answers++;
                wrong += o.wrongTopicAnswer() ? 1 : 0;
            }
        }
        int succeeded = (int) success.values().stream().filter(b -> b).count();
        return new DialogueScores(success.size(), followups, new Share(kind, followups), new Share(topicHits, topics),
                new Share(articleHits, articles), new Share(factHits, facts), new Share(wrong, answers),
                new Share(firstKind, firsts), new Share(firstTopicHits, firstTopics), new Share(succeeded, success.size()),
                new Share(langHits, langs), Latency.ofNanos(latencies));
    }

    /** Scores per dialogue variant, sorted by name. */
    public static Map<String, DialogueScores> byVariant(List<TurnOutcome> outcomes) {
        Map<String, List<TurnOutcome>> groups = new TreeMap<>();
        for (TurnOutcome o : outcomes) {
            groups.computeIfAbsent(o.dialogue().variant(), v -> new ArrayList<>()).add(o);
        }
        Map<String, DialogueScores> scores = new LinkedHashMap<>();
        groups.forEach((variant, group) -> scores.put(variant, of(group)));
        return scores;
    }
}
