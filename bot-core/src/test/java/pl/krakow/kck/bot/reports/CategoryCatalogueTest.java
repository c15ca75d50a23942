package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.knowledge.Problem;

class CategoryCatalogueTest {

    private static final String VALID = """
            {
              "categories": [
                {
                  "service_code": "latarnia",
                  "service_name": "Latarnia",
                  "group": "Drogi",
                  "description": "Nieświecące latarnie.",
                  "keywords": ["latarnia"],
                  "agency_responsible": "KCK",
                  "attributes": [
                    {"code": "ile", "datatype": "singlevaluelist", "required": true, "order": 1, "description": "Ile?",
                     "values": [{"key": "1", "name": "Jedna"}]}
                  ]
                }
              ]
            }
            """;

    @Test
    void should_read_categories_in_open311_terms() throws Exception {
        CategoryCatalogue catalogue = CategoryCatalogue.parse("categories.json", VALID);
        ServiceCategory category = catalogue.find("latarnia").orElseThrow();
        assertEquals("Latarnia", category.name());
        assertEquals("krakow.pl", catalogue.jurisdiction());
        CategoryAttribute attribute = category.attributes().getFirst();
        assertEquals(CategoryAttribute.Datatype.SINGLEVALUELIST, attribute.datatype());
        assertEquals("Jedna", attribute.value("1").orElseThrow().name());
        assertTrue(category.reportable());
        assertTrue(category.locationRequired());
    }

    @Test
    void should_report_every_problem_with_its_line() {
        String broken = """
                {
                  "categories": [
                    {
                      "service_code": "Zła Nazwa",
                      "service_name": "Latarnia",
                      "group": "Drogi",
                      "description": "x",
                      "keywords": [],
                      "agency_responsible": "KCK",
                      "colour": "red",
                      "attributes": [
                        {"code": "ile", "datatype": "dropdown", "required": "yes", "order": 1, "description": "Ile?"}
                      ]
                    },
                    {
                      "service_code": "gaz",
                      "service_name": "Gaz",
                      "group": "Zagrożenie",
                      "description": "Gaz.",
                      "keywords": ["gaz"],
                      "handling": "emergency"
                    }
                  ]
                }
                """;
        CatalogueException e = assertThrows(CatalogueException.class, () -> CategoryCatalogue.parse("categories.json", broken));
        List<Problem> problems = e.problems();
        assertTrue(problems.contains(new Problem("categories.json", 4, "service_code \"Zła Nazwa\" must match [a-z0-9][a-z0-9_-]{0,63}")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 8 && p.message().contains("keywords")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 10 && p.message().contains("unknown category field \"colour\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 12 && p.message().contains("datatype must be one of")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 12 && p.message().contains("\"required\" must be true or false")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 15 && p.message().contains("missing \"message\"")), problems::toString);
        assertTrue(e.getMessage().contains("categories.json:4: "));
    }

    @Test
    void should_locate_a_syntax_error() {
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> CategoryCatalogue.parse("categories.json", "{\n  \"categories\": [\n    {,\n  ]\n}\n"));
        assertEquals(3, e.problems().getFirst().line());
    }

    @Test
    void should_refuse_danger_signals_without_a_notice_to_tell_naming_the_line() {
        String broken = "{\n  \"categories\": [\n    {\"service_code\": \"studzienki\", \"service_name\": \"Studzienka\",\n"
                + "     \"group\": \"Drogi\", \"description\": \"x\", \"keywords\": [\"studzienka\"],\n"
                + "     \"agency_responsible\": \"KCK\",\n     \"danger_signals\": [\"bez pokrywy\"]}\n  ]\n}\n";
        CatalogueException e = assertThrows(CatalogueException.class, () -> CategoryCatalogue.parse("categories.json", broken));
        assertEquals(6, e.problems().getFirst().line(), e::getMessage);
        assertTrue(e.problems().getFirst().message().contains("danger_notice"), e::getMessage);
    }

    @Test
    void should_read_examples_danger_and_the_catalogues_cues() throws Exception {
        String text = "{\"problem_cues\": [\"brakować\"], \"danger_cues\": [\"wpaść\"], \"danger_notice\": \"Dzwoń 112.\",\n"
                + " \"private_places\": [\"klatka schodowa\"], \"categories\": [{\"service_code\": \"s\", \"service_name\": \"S\",\n"
                + " \"group\": \"D\", \"description\": \"x\", \"keywords\": [\"studzienka\"], \"agency_responsible\": \"KCK\",\n"
                + " \"examples\": [\"Studzienka bez pokrywy.\"], \"danger_signals\": [\"bez pokrywy\"], \"danger_notice\": \"ZDMK.\"}]}";
        CategoryCatalogue catalogue = CategoryCatalogue.parse("c.json", text);
        ServiceCategory category = catalogue.find("s").orElseThrow();
        assertEquals(List.of("Studzienka bez pokrywy."), category.examples());
        assertEquals(new ServiceCategory.Danger(List.of("bez pokrywy"), "ZDMK."), category.danger());
        assertEquals(new CatalogueCues(List.of("brakować"), List.of("wpaść"), "Dzwoń 112.", List.of("klatka schodowa")), catalogue.cues());
    }

    @Test
    void should_refuse_a_code_used_twice() {
        String twice = VALID.replace("\"categories\": [", "\"categories\": [\n" + category("latarnia") + ",");
        CatalogueException e = assertThrows(CatalogueException.class, () -> CategoryCatalogue.parse("c.json", twice));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("used twice")), e::getMessage);
    }

    @Test
    void should_hold_the_idea_category_and_stop_categories_in_the_test_catalogue() {
        CategoryCatalogue catalogue = Fixtures.catalogue();
        assertTrue(catalogue.find("pomysl").orElseThrow().reportable());
        assertFalse(catalogue.find("pomysl").orElseThrow().locationRequired());
        assertEquals(ServiceCategory.Handling.EMERGENCY, catalogue.find("gaz").orElseThrow().handling());
        assertTrue(catalogue.find("gaz").orElseThrow().message().contains("112"));
        assertTrue(catalogue.find("parkowanie").orElseThrow().message().contains("986"));
        assertTrue(catalogue.reportable().stream().noneMatch(c -> c.code().equals("halas")));
    }

    private static String category(String code) {
        return "{\"service_code\": \"" + code + "\", \"service_name\": \"x\", \"group\": \"g\", \"description\": \"d\","
                + " \"keywords\": [\"k\"], \"agency_responsible\": \"a\"}";
    }
}
