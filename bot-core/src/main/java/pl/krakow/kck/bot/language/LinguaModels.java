package pl.krakow.kck.bot.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.longs.LongArrays;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;

/**
 * Lingua's n-gram models read from its own JSON files into {@link CompactNgramModel}s and handed to Lingua before
 * it loads them itself: Lingua keeps its models in static maps per n-gram length and loads a language's model
 * only when the map has none. Same n-grams, same probabilities ({@code numerator / denominator} as Lingua computes
 * them), a sixth of the memory and a fraction of the time (no JSON library, no String per n-gram).
 */
final class LinguaModels {

    private static final List<String> FILES = List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams");
    private static final CompactNgramModel.CharCodes CODES = new CompactNgramModel.CharCodes();

    private LinguaModels() {
    }

    /** Installs the compact models of each language not loaded yet (ISO 639-1 codes). */
    static void install(List<String> isoCodes) {
        for (String code : isoCodes) {
            Language language = language(code);
            for (int length = 1; length <= FILES.size(); length++) {
                EnumMap<Language, Object2FloatMap<String>> models = models(length);
                synchronized (models) {
                    if (models.containsKey(language)) {
                        continue;
                    }
                }
                CompactNgramModel model = read(code, length);
                synchronized (models) {
                    models.putIfAbsent(language, model);
                }
            }
        }
    }

    private static Language language(String code) {
        for (Language language : Language.values()) {
            if (language.getIsoCode639_1().name().equals(code.toUpperCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("Lingua has no language " + code);
    }

    /** Lingua's static map of the models of one n-gram length (the same map its detectors read). */
    @SuppressWarnings("unchecked")
    private static EnumMap<Language, Object2FloatMap<String>> models(int length) {
        String field = switch (length) {
            case 1 -> "unigramLanguageModels";
            case 2 -> "bigramLanguageModels";
            case 3 -> "trigramLanguageModels";
            case 4 -> "quadrigramLanguageModels";
            case 5 -> "fivegramLanguageModels";
            default -> throw new IllegalArgumentException("n-gram length " + length);
        };
        try {
            Field models = com.github.pemistahl.lingua.api.LanguageDetector.class.getDeclaredField(field);
            models.setAccessible(true);
            return (EnumMap<Language, Object2FloatMap<String>>) models.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Lingua " + field + " not found: is it still version 1.2.2?", e);
        }
    }

    static CompactNgramModel read(String code, int length) {
        String resource = "language-models/" + code + "/" + FILES.get(length - 1) + ".json";
        String json;
        try (InputStream in = com.github.pemistahl.lingua.api.LanguageDetector.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from Lingua's jar");
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return parse(json, resource);
    }

    /**
     * {@code {"language":"POLISH","ngrams":{"8/721573":"ąe ąf", ...}}}: each group of n-grams (separated by
     * spaces) with its probability as a fraction; n-grams hold letters only, so there is nothing escaped.
     */
    static CompactNgramModel parse(String json, String name) {
        int at = json.indexOf("\"ngrams\"");
        if (at < 0) {
            throw new IllegalStateException(name + ": no \"ngrams\"");
        }
        at = json.indexOf('{', at) + 1;
        synchronized (CODES) { // one model at a time gives its characters codes
            return parse(json, at, name);
        }
    }

    private static CompactNgramModel parse(String json, int from, String name) {
        int at = from;
        long[] keys = new long[1024];
        long[] bits = new long[1024];
        int size = 0;
        while (true) {
            int open = json.indexOf('"', at);
            if (open < 0) {
                break;
            }
            int slash = json.indexOf('/', open);
            int close = json.indexOf('"', open + 1);
            // what Lingua computes: Float.parseFloat(numerator) / Integer.parseInt(denominator)
            float probability = Float.parseFloat(json.substring(open + 1, slash)) / Integer.parseInt(json.substring(slash + 1, close));
            int valueOpen = json.indexOf('"', close + 1);
            int valueClose = json.indexOf('"', valueOpen + 1);
            int start = valueOpen + 1;
            for (int i = valueOpen + 1; i <= valueClose; i++) {
                if (i == valueClose || json.charAt(i) == ' ') {
                    if (i > start) {
                        if (size == keys.length) {
                            keys = java.util.Arrays.copyOf(keys, size * 2);
                            bits = java.util.Arrays.copyOf(bits, size * 2);
                        }
                        keys[size] = key(json, start, i, name);
                        bits[size] = Float.floatToRawIntBits(probability);
                        size++;
                    }
                    start = i + 1;
                }
            }
            at = valueClose + 1;
        }
        LongArrays.radixSort(keys, bits, 0, size);
        float[] values = new float[size];
        long[] sorted = java.util.Arrays.copyOf(keys, size);
        for (int i = 0; i < size; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalStateException(name + ": an n-gram listed twice");
            }
            values[i] = Float.intBitsToFloat((int) bits[i]);
        }
        return new CompactNgramModel(CODES, sorted, values);
    }

    private static long key(String json, int from, int to, String name) {
        if (to - from > 5) {
            throw new IllegalStateException(name + ": n-gram longer than 5: " + json.substring(from, to));
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << CompactNgramModel.BITS | CODES.add(json.charAt(i));
        }
        return key;
    }
}
