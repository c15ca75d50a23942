package pl.krakow.kck.evaluation.langid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import pl.krakow.kck.bot.language.Identified;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageDetector;
import pl.krakow.kck.bot.language.LanguageIdentifier;
import pl.krakow.kck.evaluation.metrics.Share;

/**
 * Scores language identification on labelled short messages: each library alone (its likeliest language)
 * and the service's {@link LanguageIdentifier} on top of it (rules and the conversation's language as a
 * prior). What the service runs is the identifier over {@link pl.krakow.kck.bot.language.LinguaDetector}.
 */
public final class LangIdEvaluation {

    private final List<LangIdLine> lines;

    public LangIdEvaluation(List<LangIdLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The library alone: its likeliest language, whatever the conversation. */
    public LangIdScores alone(LanguageDetector detector, long buildMillis) {
        return score(detector.name() + ", alone", (text, prior) -> {
            Map<String, Double> confidences = detector.confidences(text);
            return confidences.isEmpty() ? Identified.NEUTRAL : group(confidences.keySet().iterator().next());
        }, false, buildMillis);
    }

    /** The service's identifier over the library. */
    public LangIdScores withRules(LanguageDetector detector, long buildMillis) {
        LanguageIdentifier identifier = new LanguageIdentifier(detector);
        return score(detector.name() + " + rules and prior", (text, prior) -> group(identifier.identify(text, prior).code()),
                true, buildMillis);
    }

    private LangIdScores score(String system, BiFunction<String, Language, String> identify, boolean prior, long buildMillis) {
        int hits = 0;
        int count = 0;
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = LangIdScores.emptyConfusion();
        long nanos = 0;
        int calls = 0;
        for (LangIdLine line : lines) {
            if (line.neutral()) {
                continue;
            }
            long start = System.nanoTime();
            String got = identify.apply(line.text(), null);
            nanos += System.nanoTime() - start;
            calls++;
            boolean hit = got.equals(line.lang());
            count++;
            hits += hit ? 1 : 0;
            confusion.get(line.lang()).merge(got, 1, Integer::sum);
            for (String group : groups(line)) {
                int[] share = groups.computeIfAbsent(group, g -> new int[2]);
                share[0] += hit ? 1 : 0;
                share[1]++;
            }
        }
        Map<String, Share> byGroup = new LinkedHashMap<>();
        groups.forEach((group, share) -> byGroup.put(group, new Share(share[0], share[1])));
        Share neutralKept = prior ? neutralKept(identify) : null;
        return new LangIdScores(system, new Share(hits, count), byGroup, confusion, neutralKept,
                priorShare(identify, false), priorShare(identify, true), calls == 0 ? 0 : nanos / 1e6 / calls, buildMillis);
    }

    private static List<String> groups(LangIdLine line) {
        List<String> groups = new java.util.ArrayList<>();
        groups.add(line.lang());
        if (line.lang().equals("pl")) {
            groups.add(line.polishLetters() ? "pl, Polish letters" : "pl, no Polish letters");
        }
        if (line.words() <= 2) {
            groups.add("one or two words");
        }
        return groups;
    }

    private Share neutralKept(BiFunction<String, Language, String> identify) {
        int kept = 0;
        int count = 0;
        for (LangIdLine line : lines) {
            if (!line.neutral()) {
                continue;
            }
            for (Language prior : Language.values()) {
                String got = identify.apply(line.text(), prior);
                count++;
                kept += got.equals(Identified.NEUTRAL) || got.equals(prior.code()) ? 1 : 0;
            }
        }
        return new Share(kept, count);
    }

    /** @param same the conversation is already in the line's language; else in each other served language */
    private Share priorShare(BiFunction<String, Language, String> identify, boolean same) {
        int hits = 0;
        int count = 0;
        for (LangIdLine line : lines) {
            if (line.neutral()) {
                continue;
            }
            for (Language prior : Language.values()) {
                if (prior.code().equals(line.lang()) != same) {
                    continue;
                }
                count++;
                hits += identify.apply(line.text(), prior).equals(line.lang()) ? 1 : 0;
            }
        }
        return new Share(hits, count);
    }

    /** A detector's code as the file labels it: the served languages and Russian as they are, the rest other. */
    static String group(String code) {
        return switch (code) {
            case "pl", "uk", "en", "ru", Identified.NEUTRAL -> code;
            default -> Identified.OTHER;
        };
    }
}
