package pl.krakow.kck.bot.retrieval;

import java.util.List;

/**
 * Reads Morfologik's (PoliMorf, NKJP-style) tags, e.g. {@code subst:sg:gen:m3} or
 * {@code verb:fin:sg:ter:imperf+verb:...}, as a weight of how much a word says about a question's topic.
 * "dowód", "zaświadczenie" decide the article; "dostanie", "przyda", "normalnie" rarely do.
 */
final class PartOfSpeech {

    static final double NOUN = 1.0;
    static final double ADJECTIVE = 0.8;
    static final double VERB = 0.5;
    static final double OTHER = 0.3;

    private PartOfSpeech() {
    }

    /** The highest weight among the readings of a word. */
    static double salience(List<StringBuilder> tags) {
        double best = 0;
        for (StringBuilder tag : tags) {
            for (String reading : tag.toString().split("\\+")) {
                int colon = reading.indexOf(':');
                best = Math.max(best, weight(colon < 0 ? reading : reading.substring(0, colon)));
            }
        }
        return best == 0 ? OTHER : best;
    }

    static double weight(String partOfSpeech) {
        return switch (partOfSpeech) {
            case "subst", "depr", "ger", "brev", "burk", "noun" -> NOUN; // noun: Ukrainian dictionary (VESUM tags)
            case "adj", "adja", "adjp", "adjc", "pact", "ppas" -> ADJECTIVE;
            case "verb", "fin", "inf", "praet", "impt", "imps", "pcon", "pant", "bedzie", "winien", "pred", "adv", "num", "numcol", "advp", "numr" -> VERB;
            default -> OTHER;
        };
    }
}
