package pl.krakow.kck.bot.language;

import java.util.Map;

/**
 * A statistical language-identification library behind one face: the service's ({@link LinguaDetector}) and,
 * in the evaluation, the one it was measured against.
 */
public interface LanguageDetector {

    /**
     * How likely each of the detector's languages is for {@code text}: ISO 639-1 code to a value in 0..1,
     * the likeliest first; empty when the library cannot tell.
     */
    Map<String, Double> confidences(String text);

    /** The library and its setting, for reports. */
    String name();
}
