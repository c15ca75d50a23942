package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;

import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import org.junit.jupiter.api.Test;

class LinguaModelsTest {

    /** Every n-gram of every model the service loads, against the model Lingua reads from the same file. */
    @Test
    void should_hold_every_ngram_with_the_probability_lingua_computes() throws Exception {
        for (String code : LinguaDetector.LANGUAGES) {
            for (int length = 1; length <= 5; length++) {
                CompactNgramModel compact = LinguaModels.read(code, length);
                String resource = "/language-models/" + code + "/" + new String[] {"uni", "bi", "tri", "quadri", "five"}[length - 1] + "grams.json";
                Object2FloatMap<String> lingua;
                try (InputStream in = TrainingDataLanguageModel.class.getResourceAsStream(resource)) {
                    lingua = TrainingDataLanguageModel.Companion.fromJson(in);
                }
                assertEquals(lingua.size(), compact.size(), resource);
                for (Object2FloatMap.Entry<String> entry : lingua.object2FloatEntrySet()) {
                    if (Float.floatToRawIntBits(entry.getFloatValue()) != Float.floatToRawIntBits(compact.getFloat(entry.getKey()))) {
                        assertEquals(entry.getFloatValue(), compact.getFloat(entry.getKey()), resource + " " + entry.getKey());
                    }
                }
            }
        }
    }

    @Test
    void should_identify_a_message_that_comes_while_the_shared_models_load() {
        LinguaDetector detector = LinguaDetector.shared(); // loading in the background: the first call waits for it
        assertEquals("uk", detector.confidences("Як отримати посвідчення особи в Кракові").keySet().iterator().next());
        assertEquals("pl", detector.confidences("Jak wyrobić dowód osobisty").keySet().iterator().next());
    }

    @Test
    void should_not_know_an_ngram_that_is_not_in_the_model() {
        CompactNgramModel polish = LinguaModels.read("pl", 3);
        assertEquals(0f, polish.getFloat("qqq"));
        assertEquals(0f, polish.getFloat("ж☃x"));
        assertEquals(0f, polish.getFloat("toolong"));
        assertEquals(0f, polish.getFloat(42));
    }

    @Test
    void should_refuse_a_model_with_an_ngram_listed_twice() {
        assertThrows(IllegalStateException.class,
                () -> LinguaModels.parse("{\"language\":\"X\",\"ngrams\":{\"1/2\":\"ab cd\",\"1/3\":\"ab\"}}", "test"));
    }
}
