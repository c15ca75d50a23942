package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.text.Lang;

/** The report categories in Ukrainian and English beside the city's catalogue (faq-corpus/reports). */
class CategoryTranslationsTest {

    private static final Path FOLDER = Path.of("../faq-corpus/reports");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d ]*\\d|\\d");

    private static CategoryCatalogue catalogue() throws Exception {
        return CategoryCatalogue.load(FOLDER.resolve("categories.json"));
    }

    @Test
    void should_give_the_form_translated_names_and_questions_but_file_the_polish_category() throws Exception {
        CategoryCatalogue polish = catalogue();
        CategoryCatalogue ukrainian = polish.in(new Lang("uk"));
        assertNotEquals(polish, ukrainian);
        ServiceCategory lamp = ukrainian.find("oswietlenie").orElseThrow();
        assertEquals("Ліхтар не світить або пошкоджений", lamp.name());
        assertEquals("Скільки ліхтарів не працює?", lamp.attribute("ile").orElseThrow().description());
        assertTrue(lamp.keywords().contains("latarnia") && lamp.keywords().contains("ліхтар"), "Polish words still recognised");
        assertEquals("Nieświecąca lub uszkodzona latarnia", ukrainian.polish().find("oswietlenie").orElseThrow().name());
        assertEquals("Street lamp not working or damaged", polish.in(new Lang("en")).find("oswietlenie").orElseThrow().name());
        assertEquals(polish, polish.in(Lang.PL));
    }

    @Test
    void should_have_only_keys_of_known_categories_and_attributes() throws Exception {
        CategoryCatalogue polish = catalogue();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("uk", "en")) {
            Properties texts = read(lang);
            for (String key : texts.stringPropertyNames()) {
                String[] parts = key.split("\\.");
                if (parts.length == 1) {
                    continue; // top level: intent, problem-cues, danger-cues, danger-notice
                }
                ServiceCategory category = polish.find(parts[0]).orElse(null);
                if (category == null) {
                    problems.add(lang + ": " + key + " names no category");
                } else if (parts[1].equals("attribute") && category.attribute(parts[2]).filter(a -> parts.length < 4
                        || a.value(parts[3]).isPresent()).isEmpty()) {
                    problems.add(lang + ": " + key + " names no attribute or value");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void should_keep_every_number_of_the_polish_text() throws Exception {
        CategoryCatalogue polish = catalogue();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("uk", "en")) {
            Properties texts = read(lang);
            for (ServiceCategory category : polish.categories()) {
                compare(problems, lang + ": " + category.code() + ".notice", category.notice(), texts.getProperty(category.code() + ".notice"));
                compare(problems, lang + ": " + category.code() + ".message", category.message(), texts.getProperty(category.code() + ".message"));
                compare(problems, lang + ": " + category.code() + ".danger-notice", category.danger().notice(),
                        texts.getProperty(category.code() + ".danger-notice"));
            }
            compare(problems, lang + ": danger-notice", polish.cues().dangerNotice(), texts.getProperty("danger-notice"));
        }
        assertEquals(List.of(), problems);
    }

    private static void compare(List<String> problems, String where, String polish, String translated) {
        if (translated == null) {
            return;
        }
        if (!numbers(polish).equals(numbers(translated))) {
            problems.add(where + ": " + numbers(translated) + " but Polish " + numbers(polish));
        }
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
        return found.stream().sorted().toList();
    }

    private static Properties read(String lang) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve("categories." + lang + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
