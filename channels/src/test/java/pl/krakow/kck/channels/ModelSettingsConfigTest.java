package pl.krakow.kck.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.llm.ModelProvider;
import pl.krakow.kck.bot.llm.ModelSettings;

class ModelSettingsConfigTest {

    @Test
    void should_leave_every_model_off_with_the_shipped_application_yaml() {
        ModelSettings models = Settings.from(Config.just(ConfigSources.classpath("application.yaml"))).models();

        assertFalse(models.chat().enabled());
        assertFalse(models.embeddings().enabled());
        assertEquals(Path.of("./data/embeddings"), models.embeddings().cache());
    }

    @Test
    void should_read_the_models_from_overriding_keys() {
        Config config = Config.just(
                ConfigSources.create(Map.of("kck.llm.provider", "ollama", "kck.llm.base-url", "http://127.0.0.1:11434",
                        "kck.llm.model", "bielik", "kck.embeddings.provider", "openai-compatible",
                        "kck.embeddings.base-url", "http://127.0.0.1:8000/v1", "kck.embeddings.model", "bge-m3")),
                ConfigSources.classpath("application.yaml"));

        ModelSettings models = Settings.from(config).models();

        assertEquals(ModelProvider.OLLAMA, models.chat().provider());
        assertEquals("bielik", models.chat().model());
        assertEquals(ModelProvider.OPENAI_COMPATIBLE, models.embeddings().provider());
        assertEquals("bge-m3", models.embeddings().model());
    }
}
