package pl.krakow.kck.evaluation.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.ScoreCalculator;
import pl.krakow.kck.evaluation.metrics.Scores;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.split.Part;
import pl.krakow.kck.evaluation.split.SeenSplit;

/**
 * One system's run over a question file, scored overall, by variant (in file order), by part
 * (seen/unseen answer lines) and by expected topic (answer lines).
 *
 * @param name       {@code engine} for the product, else the baseline's label
 * @param definition one line saying what the system is
 */
public record SystemResult(String name, String definition, List<Outcome> outcomes, Scores overall,
                           Map<String, Scores> byVariant, Map<String, Scores> byPart, Map<String, Scores> byTopic) {

    public static SystemResult of(String name, String definition, List<Outcome> outcomes, SeenSplit split) {
        Map<String, List<Outcome>> variants = new LinkedHashMap<>();
        Map<String, List<Outcome>> parts = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            parts.put(part.label(), new ArrayList<>());
        }
        Map<String, List<Outcome>> topics = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            EvalQuestion question = outcome.question();
            variants.computeIfAbsent(question.variant(), v -> new ArrayList<>()).add(outcome);
            split.partOf(question).ifPresent(part -> parts.get(part.label()).add(outcome));
            if (question.expect().isAnswer()) {
                topics.computeIfAbsent(question.expect().topic(), t -> new ArrayList<>()).add(outcome);
            }
        }
        return new SystemResult(name, definition, List.copyOf(outcomes), ScoreCalculator.score(outcomes),
                scoreEach(variants), scoreEach(parts), scoreEach(topics));
    }

    private static Map<String, Scores> scoreEach(Map<String, List<Outcome>> groups) {
        Map<String, Scores> scores = new LinkedHashMap<>();
        groups.forEach((key, group) -> scores.put(key, ScoreCalculator.score(group)));
        return Collections.unmodifiableMap(scores);
    }
}
