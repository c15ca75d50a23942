package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationParserTest {

    private final LocationParser parser = new LocationParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Na Karmelickiej 12 nie świeci latarnia | Karmelickiej 12",
            "latarnia przy ul. Długiej 5 miga | ul. Długiej 5",
            "dziura na Alejach Trzech Wieszczów 20a | Alejach Trzech Wieszczów 20a",
            "na karmelickiej 12 nie swieci | karmelickiej 12",
            "śmieci koło Wielicka 28a | Wielicka 28a"})
    void should_find_a_street_and_number_in_a_message(String text, String address) {
        Location location = parser.find(text).orElseThrow();
        assertEquals(address, location.address());
        assertEquals(false, location.detailWanted());
    }

    @Test
    void should_ask_for_detail_when_only_the_street_is_named() {
        Location location = parser.find("dziura w jezdni na Wielickiej").orElseThrow();
        assertEquals("Wielickiej", location.address());
        assertTrue(location.detailWanted());
    }

    @Test
    void should_read_coordinates_in_either_order_and_with_decimal_commas() {
        assertEquals(Location.coordinates(50.0614, 19.9366), parser.find("nie świeci lampa 50.0614, 19.9366").orElseThrow());
        assertEquals(Location.coordinates(50.0614, 19.9366), parser.answer("19,9366 50,0614").location());
        assertEquals(Location.coordinates(50.0614, 19.9366), parser.answer("50.0614,19.9366").location());
    }

    @Test
    void should_refuse_coordinates_outside_krakow_with_the_box_it_uses() {
        LocationParser.Answer warsaw = parser.answer("52.2297, 21.0122");
        assertNull(warsaw.location());
        assertTrue(warsaw.problem().contains("poza Krakowem"));
        assertTrue(warsaw.problem().contains("49,96–50,13"));
        assertTrue(KrakowBounds.contains(50.0614, 19.9366));
        assertTrue(!KrakowBounds.contains(49.95, 19.9366) && !KrakowBounds.contains(50.06, 20.23));
    }

    @Test
    void should_take_a_landmark_and_refuse_what_is_no_place() {
        assertEquals("przy wejściu do parku Jordana", parser.answer("przy wejściu do parku Jordana").location().address());
        assertNotNull(parser.answer("12").problem());
        assertNotNull(parser.answer("x".repeat(301)).problem());
    }
}
