package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationParserTest {

    private final LocationParser parser = new LocationParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Na Karmelickiej 12 nie świeci latarnia | Karmelicka 12",
            "latarnia przy ul. Długiej 5 miga | ul. Długa 5",
            "dziura na Alejach Trzech Wieszczów 20a | Aleje Trzech Wieszczów 20a",
            "na karmelickiej 12 nie swieci | karmelicka 12",
            "przy Mickiewicza 5 leży gruz | Mickiewicza 5",
            "dziura przy Królowej Jadwigi 10 | Królowej Jadwigi 10",
            "śmieci koło Wielicka 28a | Wielicka 28a"})
    void should_find_a_street_and_number_in_a_message(String text, String address) {
        Location location = parser.find(text).orElseThrow();
        assertEquals(address, location.address());
        assertEquals(false, location.detailWanted());
    }

    @Test
    void should_ask_for_detail_when_only_the_street_is_named() {
        Location location = parser.find("dziura w jezdni na Wielickiej").orElseThrow();
        assertEquals("Wielicka", location.address());
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "na przystanku Rondo Mogilskie zbita wiata | przystanek Rondo Mogilskie | false",
            "sygnalizacja na rondzie Mogilskim nie działa | rondo Mogilskie | true",
            "na chodniku przy Rynku Podgórskim brakuje płyt | Rynek Podgórski | true",
            "ławka zniszczona na Plantach | Planty | true",
            "przy ulicy Starowiślnej leży gruz | ulica Starowiślna | true"})
    void should_name_places_and_landmarks_in_the_nominative(String text, String name, boolean detailWanted) {
        Location location = parser.find(text).orElseThrow();
        assertEquals(name, location.address());
        assertEquals(detailWanted, location.detailWanted(), "a stop needs no building number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tam gdzie zawsze czekam na autobus", "tu przed blokiem", "gdzieś koło mnie"})
    void should_find_a_vague_place_vague(String text) {
        assertTrue(LocationParser.vague(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Las Wolski, parking przy ul. Leśnej", "tam przy przystanku Rondo Mogilskie", "za garażami przy szkole",
            "gdzie jest najbliższy urząd?", "tu, Długa 5"})
    void should_not_find_a_named_place_vague(String text) {
        assertFalse(LocationParser.vague(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "latarnia nie świeci przy Konopnickiej | Konopnickiej",
            "dziura na Konopnickiej 12 | Konopnickiej 12",
            "dziura przy ul. Konopnickiej 12 | ul. Konopnickiej 12",
            "dziura przy ul. Marii Konopnickiej | ul. Marii Konopnickiej",
            "śmieci przy Orzeszkowej 3 | Orzeszkowej 3",
            "ławka połamana na Zapolskiej | Zapolskiej",
            "latarnia na Karmelickiej 12 | Karmelicka 12",
            "kratka zapchana na Grzegórzeckiej | Grzegórzecka",
            "dziura na Kobierzyńskiej | Kobierzyńska",
            "dziura na ulicy Kobierzyńskiej | ulica Kobierzyńska",
            "chodnik na Starej Wiślnej | Stara Wiślna",
            "dziura na grzegorzeckiej 15 | grzegorzecka 15",
            "drzewo na Królowej Jadwigi | Królowej Jadwigi"})
    void should_keep_streets_named_after_women_in_the_genitive_and_adjectival_streets_in_the_nominative(String text, String name) {
        assertEquals(name, parser.find(text).orElseThrow().address(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "na Grzegórzeckiej 15 | Grzegórzecka 15",
            "na Kobierzyńskiej | Kobierzyńska",
            "przy Konopnickiej | Konopnickiej",
            "przy ul. Marii Konopnickiej 5 | ul. Marii Konopnickiej 5",
            "na Plantach | Planty",
            "na Kobierzyńskiej przy pętli | Kobierzyńska, przy pętli",
            "na przystanku Rondo Mogilskie | przystanek Rondo Mogilskie",
            "Karmelicka 12 | Karmelicka 12",
            "przy wejściu do parku Jordana | przy wejściu do parku Jordana"})
    void should_write_the_answer_to_where_in_the_nominative(String answer, String address) {
        assertEquals(address, parser.answer(answer).location().address(), answer);
    }
}
