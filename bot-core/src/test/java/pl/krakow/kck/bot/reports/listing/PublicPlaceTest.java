package pl.krakow.kck.bot.reports.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublicPlaceTest {

    @Test
    void should_keep_the_street_and_drop_house_and_flat_numbers() {
        assertEquals("ul. Długa", PublicPlace.of("ul. Długa 5/3", null, null));
        assertEquals("Karmelickiej", PublicPlace.of("Karmelickiej 12", null, null));
        assertEquals("Wielicka, przy przystanku", PublicPlace.of("Wielicka 30, przy przystanku", null, null));
        assertEquals("ul. Lea", PublicPlace.of("ul. Lea 12a m. 4", null, null));
        assertEquals("przystanek Rondo Mogilskie", PublicPlace.of("przystanek Rondo Mogilskie", 50.0651, 19.9593));
    }

    @Test
    void should_drop_personal_data_and_round_bare_coordinates_to_about_a_hundred_metres() {
        assertEquals("Długa, dzwonić [telefon]", PublicPlace.of("Długa 7, dzwonić 600 123 456", null, null));
        assertEquals("50.061, 19.937", PublicPlace.of(null, 50.06143, 19.93658));
        assertEquals("50.061, 19.937", PublicPlace.of("50.06143, 19.93658", 50.06143, 19.93658));
        assertNull(PublicPlace.of(null, null, null));
    }
}
