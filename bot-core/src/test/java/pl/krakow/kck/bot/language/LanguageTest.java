package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void should_read_codes_with_regions_and_any_case() {
        assertEquals(Optional.of(Language.EN), Language.of("en-GB"));
        assertEquals(Optional.of(Language.UK), Language.of("UK"));
        assertEquals(Optional.of(Language.PL), Language.of("pl_PL"));
        assertTrue(Language.of("ru").isEmpty());
        assertTrue(Language.of(null).isEmpty());
        assertTrue(Language.of(" ").isEmpty());
    }
}
