package pl.krakow.kck.bot.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Logger;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua (n-gram models, built for short texts), restricted to the languages a Kraków resident is likely
 * to write: the three served, Russian, and the neighbours' and visitors' languages that must be told apart
 * from them. Its models are held compactly ({@link LinguaModels}: about 7 MB of heap a language in high-accuracy
 * mode, where Lingua's own maps took about 30 MB).
 */
public final class LinguaDetector implements LanguageDetector {

    private static final Logger LOG = Logger.getLogger(LinguaDetector.class.getName());

    /** Served, Russian, then other languages recognised so that they are not mistaken for a served one. */
    public static final List<String> LANGUAGES = List.of("pl", "uk", "en", "ru", "be", "de", "fr", "es");

    private final FutureTask<com.github.pemistahl.lingua.api.LanguageDetector> detector;
    private final boolean lowAccuracy;

    private static volatile LinguaDetector shared;

    /**
     * Where the compact models are cached on disk ({@code kck.cache-dir}); null: {@code kck-cache-<user>} in the
     * temporary folder. Takes effect for models loaded after it, so call it before {@link #shared()}.
     */
    public static void cacheFolder(java.nio.file.Path folder) {
        LinguaModelCache.folder(folder);
    }

    /**
     * One high-accuracy detector per JVM, its models loading in the background from the first call on (the
     * service calls it first thing at start, so they load while the index is built): a message that comes
     * before they are loaded waits for them, so it is identified as every later one is.
     */
    public static LinguaDetector shared() {
        LinguaDetector detector = shared;
        if (detector == null) {
            synchronized (LinguaDetector.class) {
                detector = shared;
                if (detector == null) {
                    detector = new LinguaDetector(false, true);
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
        this(lowAccuracy, false);
    }

    private LinguaDetector(boolean lowAccuracy, boolean background) {
        this.lowAccuracy = lowAccuracy;
        this.detector = new FutureTask<>(() -> build(lowAccuracy));
        if (background) {
            Thread.ofPlatform().daemon().name("lingua-models").start(detector);
        } else {
            detector.run();
            detector();
        }
    }

    private static com.github.pemistahl.lingua.api.LanguageDetector build(boolean lowAccuracy) {
        long started = System.nanoTime();
        IsoCode639_1[] codes = LANGUAGES.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        LinguaModels.install(LANGUAGES); // compact models first: Lingua then finds them loaded and keeps them
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        com.github.pemistahl.lingua.api.LanguageDetector built = builder.build();
        LOG.info(() -> "Lingua's models loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return built;
    }

    /** The detector, once its models are loaded (waits for them). */
    private com.github.pemistahl.lingua.api.LanguageDetector detector() {
        try {
            return detector.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Lingua's models load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Lingua's models did not load", e.getCause());
        }
    }

    @Override
    public Map<String, Double> confidences(String text) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values = detector().computeLanguageConfidenceValues(text);
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
