package pl.krakow.kck.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.dialogue.ReplyKind;

/** Computes {@link Scores} from outcomes. */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    public static Scores score(List<Outcome> outcomes) {
        int kindHits = 0;
        int answers = 0;
        int at1 = 0;
        int at5 = 0;
        double reciprocal = 0;
        int articleLines = 0;
        int articleHits = 0;
        int factLines = 0;
        int factHits = 0;
        int negatives = 0;
        int falseAnswers = 0;
        int languageLines = 0;
        int languageHits = 0;
        int reportLines = 0;
        int reportsOpened = 0;
        int reportHits = 0;
        List<Long> latencies = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            latencies.add(outcome.latencyNanos());
            if (outcome.kindHit()) {
                kindHits++;
            }
            if (outcome.question().expect().isAnswer()) {
                answers++;
                int rank = outcome.topicRank();
                if (rank == 1) {
                    at1++;
                }
                if (rank >= 1 && rank <= 5) {
                    at5++;
                }
                if (rank >= 1) {
                    reciprocal += 1.0 / rank;
                }
            }
            if (outcome.question().expect().article() != null) {
                articleLines++;
                if (outcome.articleHit()) {
                    articleHits++;
                }
            }
            if (outcome.question().expect().hasFacts()) {
                factLines++;
                if (outcome.factsHit()) {
                    factHits++;
                }
            }
            boolean expectsReport = outcome.question().expect().isReport();
            boolean opened = outcome.kind() == ReplyKind.REPORT;
            if (expectsReport) {
                reportLines++;
            }
            if (opened) {
                reportsOpened++;
            }
            if (expectsReport && opened) {
                reportHits++;
            }
            if (outcome.question().expect().lang() != null) {
                languageLines++;
                languageHits += outcome.question().expect().lang().equals(outcome.replyLang()) ? 1 : 0;
            }
            if (outcome.question().expect().mustNotAnswer()) {
                negatives++;
                if (outcome.falseAnswer()) {
                    falseAnswers++;
                }
            }
        }
        return new Scores(outcomes.size(), new Share(kindHits, outcomes.size()), new Share(at1, answers),
                new Share(at5, answers), new Share(reciprocal, answers), new Share(articleHits, articleLines),
                new Share(factHits, factLines), new Share(falseAnswers, negatives),
                new Share(reportHits, reportLines), new Share(reportHits, reportsOpened), Latency.ofNanos(latencies),
                new Share(languageHits, languageLines));
    }
}
