package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.language.Language;

class WordCacheTest {

    @Test
    void should_read_back_the_words_it_wrote_as_the_dictionaries_analyse_them(@TempDir Path folder) {
        TextAnalyzer polish = new TextAnalyzer();
        List<Word> analysed = polish.words("Zaswiadczenie o zameldowaniu w Krakowie, dowod osobisty i xqzv");
        WordCache cache = new WordCache(folder);
        cache.write(Language.PL, analysed);

        Map<String, Word> read = cache.read(Language.PL).stream().collect(Collectors.toMap(Word::surface, Function.identity()));
        assertEquals(analysed.size(), read.size());
        for (Word word : analysed) {
            assertEquals(word, read.get(word.surface()), word.surface());
        }
    }

    @Test
    void should_ignore_a_damaged_file(@TempDir Path folder) throws IOException {
        WordCache cache = new WordCache(folder);
        cache.write(Language.PL, new TextAnalyzer().words("meldunek i paszport"));
        Path file = cache.file(Language.PL);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);

        assertTrue(cache.read(Language.PL).isEmpty());
        Files.write(file, new byte[] {1, 2, 3});
        assertTrue(cache.read(Language.PL).isEmpty());
    }

    @Test
    void should_write_only_the_words_analysed_before_save_is_called(@TempDir Path folder) throws Exception {
        TextAnalyzer english = TextAnalyzer.of(Language.EN);
        english.words("registration of residence");
        WordCache cache = new WordCache(folder);
        cache.save();
        english.words("zyxwvutsrq");
        Path file = cache.file(Language.EN);
        for (int i = 0; i < 200 && !Files.exists(file); i++) {
            Thread.sleep(25); // written on a thread of its own
        }
        List<String> written = cache.read(Language.EN).stream().map(Word::surface).toList();
        assertTrue(written.contains("registration"), written.toString());
        assertFalse(written.contains("zyxwvutsrq"), "a word analysed after save() is not written");
    }
}
