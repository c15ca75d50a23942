package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinguaModelCacheTest {

    private static final List<String> FILES = List.of("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams");

    private static List<String> resources(String... codes) {
        return java.util.Arrays.stream(codes).flatMap(c -> FILES.stream().map(f -> "language-models/" + c + "/" + f + ".json")).toList();
    }

    @Test
    void should_read_back_the_models_it_wrote_with_their_character_codes(@TempDir Path folder) {
        CompactNgramModel[] polish = new CompactNgramModel[5];
        for (int length = 1; length <= 5; length++) {
            polish[length - 1] = LinguaModels.read("pl", length);
        }
        LinguaModelCache cache = new LinguaModelCache(folder, List.of("pl"), resources("pl"));
        assertTrue(cache.read(new CompactNgramModel.CharCodes()).isEmpty());
        cache.write(Map.of("pl", polish), LinguaModels.codes());
        assertTrue(Files.isRegularFile(cache.file()));

        CompactNgramModel.CharCodes fresh = new CompactNgramModel.CharCodes(); // as in a new JVM
        CompactNgramModel[] read = cache.read(fresh).orElseThrow().get("pl");
        for (int length = 1; length <= 5; length++) {
            assertArrayEquals(polish[length - 1].keys(), read[length - 1].keys());
            assertArrayEquals(polish[length - 1].probabilities(), read[length - 1].probabilities());
        }
        assertArrayEquals(LinguaModels.codes().characters(), fresh.characters());
        for (String ngram : List.of("ą", "dz", "dzi", "dzie", "ództ", "qqq")) {
            assertEquals(polish[ngram.length() - 1].getFloat(ngram), read[ngram.length() - 1].getFloat(ngram), ngram);
        }
    }

    @Test
    void should_name_its_file_after_the_languages_and_lingua_model_files(@TempDir Path folder) {
        Path polish = new LinguaModelCache(folder, List.of("pl"), resources("pl")).file();
        Path both = new LinguaModelCache(folder, List.of("pl", "uk"), resources("pl", "uk")).file();
        assertEquals(polish, new LinguaModelCache(folder, List.of("pl"), resources("pl")).file());
        assertNotEquals(polish, both);
    }

    @Test
    void should_ignore_a_damaged_file(@TempDir Path folder) throws Exception {
        LinguaModelCache cache = new LinguaModelCache(folder, List.of("pl"), resources("pl"));
        Files.writeString(cache.file(), "not a cache");
        assertTrue(cache.read(new CompactNgramModel.CharCodes()).isEmpty());
    }

    @Test
    void should_ignore_a_file_cut_short(@TempDir Path folder) throws Exception {
        CompactNgramModel[] polish = new CompactNgramModel[5];
        for (int length = 1; length <= 5; length++) {
            polish[length - 1] = LinguaModels.read("pl", length);
        }
        LinguaModelCache cache = new LinguaModelCache(folder, List.of("pl"), resources("pl"));
        cache.write(Map.of("pl", polish), LinguaModels.codes());
        byte[] whole = Files.readAllBytes(cache.file());
        Files.write(cache.file(), java.util.Arrays.copyOf(whole, whole.length - 1000)); // what a full disk would leave
        assertTrue(cache.read(new CompactNgramModel.CharCodes()).isEmpty());
    }
}
