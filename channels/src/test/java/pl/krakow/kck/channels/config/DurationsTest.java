package pl.krakow.kck.channels.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void should_read_every_unit() {
        assertEquals(Duration.ofMillis(500), Durations.parse("k", "500ms"));
        assertEquals(Duration.ofSeconds(8), Durations.parse("k", "8s"));
        assertEquals(Duration.ofMinutes(30), Durations.parse("k", "30m"));
        assertEquals(Duration.ofHours(48), Durations.parse("k", "48h"));
        assertEquals(Duration.ofDays(7), Durations.parse("k", " 7d "));
        assertEquals(Duration.ofSeconds(90), Durations.parse("k", "1.5m"));
    }

    @Test
    void should_refuse_a_bare_number_or_an_unknown_unit_naming_the_key() {
        for (String bad : new String[] {"8", "8 sec", "PT8S", "-1s", "", "1w"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> Durations.parse("kck.llm.timeout", bad)).getMessage();
            assertEquals("kck.llm.timeout is '" + bad + "'; expected a duration with a unit: 500ms, 8s, 30m, 48h, 7d", message);
        }
    }
}
