package pl.krakow.kck.bot.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
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

    /** Installs the compact models of each language not loaded yet (ISO 639-1 codes), from the disk cache when it has them. */
    static void install(List<String> isoCodes) {
        install(isoCodes, LinguaModelCache.defaultFolder());
    }

    static void install(List<String> isoCodes, Path cacheFolder) {
        if (installed(isoCodes)) {
            return;
        }
        List<String> resources = new ArrayList<>();
        for (String code : isoCodes) {
            for (String file : FILES) {
                resources.add(resource(code, file));
            }
        }
        LinguaModelCache cache = new LinguaModelCache(cacheFolder, isoCodes, resources);
        Map<String, CompactNgramModel[]> models;
        synchronized (CODES) {
            models = cache.read(CODES).filter(m -> complete(m, isoCodes)).orElse(null);
            if (models == null) {
                models = new LinkedHashMap<>();
                for (String code : isoCodes) {
                    CompactNgramModel[] lengths = new CompactNgramModel[FILES.size()];
                    for (int length = 1; length <= FILES.size(); length++) {
                        lengths[length - 1] = read(code, length);
                    }
                    models.put(code, lengths);
                }
                cache.write(models, CODES);
            }
        }
        for (String code : isoCodes) {
            Language language = language(code);
            for (int length = 1; length <= FILES.size(); length++) {
                EnumMap<Language, Object2FloatMap<String>> byLanguage = models(length);
                synchronized (byLanguage) {
                    byLanguage.putIfAbsent(language, models.get(code)[length - 1]);
                }
            }
        }
    }

    /** The character codes of the models parsed in this JVM. */
    static CompactNgramModel.CharCodes codes() {
        return CODES;
    }

    private static boolean installed(List<String> isoCodes) {
        for (int length = 1; length <= FILES.size(); length++) {
            EnumMap<Language, Object2FloatMap<String>> byLanguage = models(length);
            synchronized (byLanguage) {
                for (String code : isoCodes) {
                    if (!byLanguage.containsKey(language(code))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean complete(Map<String, CompactNgramModel[]> models, List<String> isoCodes) {
        return isoCodes.stream().allMatch(c -> models.containsKey(c) && Arrays.stream(models.get(c)).allMatch(Objects::nonNull));
    }

    private static String resource(String code, String file) {
        return "language-models/" + code + "/" + file + ".json";
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
        String resource = resource(code, FILES.get(length - 1));
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
        float[] probabilities = new float[1024];
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
                            probabilities = java.util.Arrays.copyOf(probabilities, size * 2);
                        }
                        keys[size] = key(json, start, i, name);
                        probabilities[size] = probability;
                        size++;
                    }
                    start = i + 1;
                }
            }
            at = valueClose + 1;
        }
        return CompactNgramModel.of(CODES, keys, probabilities, size, name);
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
