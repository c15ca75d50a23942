package pl.krakow.kck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.CategoryMatcher;
import pl.krakow.kck.bot.reports.ReportRecognizer;
import pl.krakow.kck.bot.reports.ServiceCategory;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/** The report category catalogue the service reads (reports/categories.json): loads cleanly and keeps to the facts. */
class CategoryCatalogueTest {

    static final Path CATALOGUE = Path.of("reports/categories.json");
    static final Path FACTS = Path.of("../../shared/knowledge/krakow-facts.md");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])\\d{2,3}(?: \\d{2,3})*(?![\\d-])");

    private static CategoryCatalogue catalogue;

    @BeforeAll
    static void load() throws Exception {
        catalogue = CategoryCatalogue.load(CATALOGUE);
    }

    @Test
    void should_offer_an_idea_category_and_stop_emergencies_and_straz_miejska_matters() {
        ServiceCategory idea = catalogue.find("pomysl").orElseThrow();
        assertTrue(idea.reportable() && !idea.locationRequired());
        for (String code : List.of("gaz", "pozar", "zagrozenie-zycia")) {
            ServiceCategory emergency = catalogue.find(code).orElseThrow();
            assertEquals(ServiceCategory.Handling.EMERGENCY, emergency.handling());
            assertTrue(emergency.message().contains("112"), code);
        }
        for (String code : List.of("parkowanie", "halas")) {
            assertTrue(catalogue.find(code).orElseThrow().message().contains("986"), code);
        }
    }

    @Test
    void should_take_every_phone_number_from_the_facts_file_when_it_is_present() throws Exception {
        if (!Files.exists(FACTS)) {
            return; // the facts live beside the repository; the product does not need them to run
        }
        String facts = Files.readString(FACTS).replace("**", "");
        List<String> unknown = new ArrayList<>();
        for (ServiceCategory category : catalogue.categories()) {
            for (String text : List.of(category.message(), category.notice(), category.description(), category.danger().notice(),
                    catalogue.cues().dangerNotice())) {
                Matcher m = PHONE.matcher(text);
                while (m.find()) {
                    if (!facts.contains(m.group())) {
                        unknown.add(category.code() + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void should_recognise_the_examples_of_the_issue_with_and_without_polish_letters() {
        ReportRecognizer recognizer = new ReportRecognizer(new CategoryMatcher(catalogue, new TextAnalyzer()));
        for (String text : List.of("Na Karmelickiej 12 nie świeci latarnia", "Na Karmelickiej 12 nie swieci latarnia",
                "dziura w jezdni na Wielickiej", "ktoś wyrzucił gruz w lesie", "ktos wyrzucil gruz w lesie")) {
            ReportRecognizer.Report report = assertInstanceOf(ReportRecognizer.Report.class, recognizer.read(text).orElseThrow(), text);
            assertTrue(report.category() != null, text);
        }
        assertTrue(recognizer.read("jak zgłosić dziurę?").isEmpty());
    }
}
