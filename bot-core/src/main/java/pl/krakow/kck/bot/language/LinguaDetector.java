package pl.krakow.kck.bot.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua (n-gram models, built for short texts), restricted to the languages a Kraków resident is likely
 * to write: the three served, Russian, and the neighbours' and visitors' languages that must be told apart
 * from them (each extra language costs about 30 MB of heap in high-accuracy mode).
 */
public final class LinguaDetector implements LanguageDetector {

    /** Served, Russian, then other languages recognised so that they are not mistaken for a served one. */
    public static final List<String> LANGUAGES = List.of("pl", "uk", "en", "ru", "be", "de", "fr", "es");

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final boolean lowAccuracy;

    private static volatile LinguaDetector shared;

    /** One high-accuracy detector per JVM: its models take seconds to load and hundreds of MB to keep. */
    public static LinguaDetector shared() {
        LinguaDetector detector = shared;
        if (detector == null) {
            synchronized (LinguaDetector.class) {
                detector = shared;
                if (detector == null) {
                    detector = new LinguaDetector();
                    shared = detector;
                }
            }
        }
        return detector;
    }

    /** High accuracy (all n-gram sizes), models loaded now rather than at the first message. */
    public LinguaDetector() {
        this(false);
    }

    /** @param lowAccuracy trigrams only: a tenth of the memory, worse on short messages (measured: ./kck eval --langid) */
    public LinguaDetector(boolean lowAccuracy) {
        this.lowAccuracy = lowAccuracy;
        IsoCode639_1[] codes = LANGUAGES.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
    }

    @Override
    public Map<String, Double> confidences(String text) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values = detector.computeLanguageConfidenceValues(text);
        Map<String, Double> confidences = new LinkedHashMap<>();
        values.entrySet().stream()
                .filter(e -> e.getKey() != com.github.pemistahl.lingua.api.Language.UNKNOWN)
                .sorted(Map.Entry.<com.github.pemistahl.lingua.api.Language, Double>comparingByValue().reversed())
                .forEach(e -> confidences.put(e.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), e.getValue()));
        return confidences;
    }

    @Override
    public String name() {
        return "Lingua 1.2.2 (" + String.join(", ", LANGUAGES) + (lowAccuracy ? "; low accuracy" : "; high accuracy") + ")";
    }
}
