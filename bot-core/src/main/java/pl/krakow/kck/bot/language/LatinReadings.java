package pl.krakow.kck.bot.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import pl.krakow.kck.bot.retrieval.UkrainianDictionary;

/**
 * The Cyrillic readings of a Latin word that are Ukrainian word forms, by the letter rules of
 * {@code latin-ukrainian.txt} (the national scheme of 2010 and the informal ones): "otrymaty" → "отримати",
 * "koshtuje" → "коштує", "vodiyski" → "водійські" (the soft sign put back).
 *
 * <p>It walks the Ukrainian dictionary's automaton as {@code DiacriticRestorer} walks the Polish one: at each
 * position it follows every rule whose Latin letters are there, so only real word forms are produced and dead
 * branches are cut at once; the cheapest reading wins. Thread-safe.
 */
final class LatinReadings {

    private record Rule(String latin, String cyrillic, int cost) {
    }

    /** Cost of a soft sign or an apostrophe that the Latin spelling left out. */
    private static final int LEFT_OUT = 2;
    /** Steps of the walk at most, so that a long word cannot cost much. */
    private static final int MAX_STEPS = 20_000;
    private static final int MAX_LENGTH = 30;
    private static final String CONSONANTS = "бвгґджзклмнпрстфхцчшщ";

    private static final List<Rule> RULES = read("latin-ukrainian.txt");
    private static final Dictionary DICTIONARY = UkrainianDictionary.dictionary();
    private static final FSA FSA_ = DICTIONARY.fsa;
    private static final byte SEPARATOR = DICTIONARY.metadata.getSeparator();

    private LatinReadings() {
    }

    /** The cheapest Ukrainian word form the lower-case Latin word can be read as. */
    static Optional<String> bestUkrainian(String latin) {
        if (latin.isEmpty() || latin.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Walk walk = new Walk(latin);
        walk.step(0, FSA_.getRootNode(), new StringBuilder(), 0, false);
        return Optional.ofNullable(walk.best);
    }

    private static final class Walk {
        final String latin;
        String best;
        int bestCost = Integer.MAX_VALUE;
        int steps;

        Walk(String latin) {
            this.latin = latin;
        }

        void step(int at, int node, StringBuilder prefix, int cost, boolean inserted) {
            if (++steps > MAX_STEPS || cost >= bestCost) {
                return;
            }
            if (at == latin.length()) {
                if (FSA_.getArc(node, SEPARATOR) != 0) {
                    best = prefix.toString();
                    bestCost = cost;
                }
            } else {
                for (Rule rule : RULES) {
                    if (latin.startsWith(rule.latin(), at)) {
                        follow(at + rule.latin().length(), node, prefix, rule.cyrillic(), cost + rule.cost(), false);
                    }
                }
            }
            if (!inserted && !prefix.isEmpty() && CONSONANTS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0) {
                follow(at, node, prefix, "ь", cost + LEFT_OUT, true);
                follow(at, node, prefix, "'", cost + LEFT_OUT, true);
            }
        }

        private void follow(int at, int node, StringBuilder prefix, String cyrillic, int cost, boolean inserted) {
            int current = node;
            for (byte b : cyrillic.getBytes(StandardCharsets.UTF_8)) {
                int arc = FSA_.getArc(current, b);
                if (arc == 0 || FSA_.isArcTerminal(arc)) {
                    return;
                }
                current = FSA_.getEndNode(arc);
            }
            int length = prefix.length();
            prefix.append(cyrillic);
            step(at, current, prefix, cost, inserted);
            prefix.setLength(length);
        }
    }

    private static List<Rule> read(String resource) {
        try (InputStream in = LatinReadings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            List<Rule> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException(resource + ": expected 'latin cyrillic cost', got: " + line);
                }
                rules.add(new Rule(parts[0], parts[1], Integer.parseInt(parts[2])));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
