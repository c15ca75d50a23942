package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;

/** Problem statements and questions of English-speaking residents, read with the English catalogue (faq-corpus/reports). */
class EnglishReportsTest {

    private static ReportRecognizer recognizer;

    @BeforeAll
    static void load() throws Exception {
        CategoryCatalogue english = CategoryCatalogue.load(Path.of("../faq-corpus/reports/categories.json")).in(new Lang("en"));
        TextAnalyzer words = TextAnalyzer.of(Language.EN);
        recognizer = new ReportRecognizer(new CategoryMatcher(english, words), new CategoryRanker(english, words),
                english.cues().dangerNotice(), CategoryTranslations.intents(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the street lamp on Karmelicka 12 is not working",
            "a big branch fell on the path in Park Jordana near the main entrance",
            "big pothole on Dluga street near number 20"})
    void should_open_a_report_for_a_problem_stated_in_english(String text) {
        assertTrue(recognizer.read(text).orElse(null) instanceof ReportRecognizer.Report, text);
    }

    @org.junit.jupiter.api.Test
    void should_not_take_a_park_for_parking() {
        // "Park" and "parked" share the stem "park": the badly parked car needs a car
        ReportRecognizer.Report report = (ReportRecognizer.Report) recognizer
                .read("a big branch fell on the path in Park Jordana near the main entrance").orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("drzewa", report.category().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a car parked on the pavement at Długa 5, nobody can pass",
            "someone is blocking the driveway at Karmelicka 12 with a van"})
    void should_send_a_badly_parked_car_to_the_municipal_police(String text) {
        assertTrue(recognizer.read(text).orElse(null) instanceof ReportRecognizer.Redirect, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"getting married in krakow", "where do I report a broken street light",
            "how to report a pothole", "married couple, which documents do we need"})
    void should_leave_english_questions_to_the_knowledge_base(String text) {
        assertFalse(recognizer.read(text).isPresent(), text);
    }
}
