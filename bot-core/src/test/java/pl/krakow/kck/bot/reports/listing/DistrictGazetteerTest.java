package pl.krakow.kck.bot.reports.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;

class DistrictGazetteerTest {

    private static final Path FILE = Path.of("../faq-corpus/reports/districts.tsv");

    private static DistrictGazetteer gazetteer() throws IOException {
        return DistrictGazetteer.load(FILE, Fixtures.ANALYZER);
    }

    private static Optional<String> district(String address) throws IOException {
        return gazetteer().of(address).map(DistrictGazetteer.District::code);
    }

    @Test
    void should_read_the_eighteen_districts_of_the_facts_file() throws IOException {
        DistrictGazetteer gazetteer = gazetteer();
        assertEquals(18, gazetteer.districts().size());
        assertEquals("Stare Miasto", gazetteer.find("I").orElseThrow().name());
        assertEquals("Nowa Huta", gazetteer.find("XVIII").orElseThrow().name());
    }

    @Test
    void should_find_a_place_in_any_inflection_with_or_without_polish_letters() throws IOException {
        assertEquals(Optional.of("I"), district("Karmelickiej 12"));
        assertEquals(Optional.of("I"), district("ul. Karmelicka 12"));
        assertEquals(Optional.of("II"), district("ul. Grzegórzeckiej 15"));
        assertEquals(Optional.of("II"), district("przystanek Rondo Mogilskie"));
        assertEquals(Optional.of("XIII"), district("na Rynku Podgórskim"));
        assertEquals(Optional.of("XIII"), district("Lipowej 4"));
        assertEquals(Optional.of("VII"), district("Blonia, przy wejsciu od Focha"));
    }

    @Test
    void should_prefer_the_longest_place_and_give_none_for_unknown_or_merely_similar_places() throws IOException {
        assertEquals(Optional.of("XI"), district("Podgórze Duchackie, przy szkole"), "not Podgórze");
        assertEquals(Optional.empty(), district("ul. Mogilska 10"), "Mogilska is no Mogiła");
        assertEquals(Optional.empty(), district("ul. Wielicka 28a"));
        assertEquals(Optional.empty(), district(""));
    }

    @Test
    void should_refuse_a_malformed_line_with_its_number_and_change_version_with_the_file(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("districts.tsv");
        Files.writeString(file, "# districts\nI\tStare Miasto\tRynek Główny\n");
        DistrictGazetteer first = DistrictGazetteer.load(file, Fixtures.ANALYZER);
        Files.writeString(file, "# districts\nI\tStare Miasto\tRynek Główny; Floriańska\n");
        assertNotEquals(first.version(), DistrictGazetteer.load(file, Fixtures.ANALYZER).version());
        Files.writeString(file, "# districts\nI\n");
        IOException refused = assertThrows(IOException.class, () -> DistrictGazetteer.load(file, Fixtures.ANALYZER));
        assertTrue(refused.getMessage().contains(":2:"), refused.getMessage());
        assertTrue(DistrictGazetteer.load(folder.resolve("none.tsv"), Fixtures.ANALYZER).districts().isEmpty());
    }
}
