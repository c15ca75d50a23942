package pl.krakow.kck.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.RankedArticle;

/**
 * Every question of a single-message file, one a line, for {@code --transcripts FILE}: the first reply's kind
 * and language, then the ranked candidates with their coverage (four decimals), so that two runs can be diffed
 * to show that a change moved no reply and no score; with the environment variable {@code KCK_TRANSCRIPT_TEXT}
 * set, each line is followed by the whole reply text, indented. No latency: it differs on every run.
 */
public final class QuestionTranscript {

    private static final int RANKED = 5;

    private QuestionTranscript() {
    }

    public static List<String> of(List<Outcome> outcomes, boolean texts) {
        List<String> lines = new ArrayList<>(outcomes.size() * (texts ? 2 : 1));
        for (Outcome o : outcomes) {
            lines.add(line(o));
            if (texts) {
                lines.add("       » " + (o.replyText() == null ? "" : o.replyText().replace('\n', ' ')));
            }
        }
        return lines;
    }

    static String line(Outcome o) {
        StringBuilder line = new StringBuilder()
                .append(o.question().id()).append(" \"").append(o.question().text()).append("\": ")
                .append(o.kind().wire()).append(" in ").append(o.replyLang()).append(';');
        List<RankedArticle> ranked = o.ranked();
        for (int i = 0; i < Math.min(RANKED, ranked.size()); i++) {
            RankedArticle article = ranked.get(i);
            line.append(' ').append(article.id()).append(' ').append(String.format(Locale.ROOT, "%.4f", article.coverage()));
        }
        return line.toString();
    }
}
