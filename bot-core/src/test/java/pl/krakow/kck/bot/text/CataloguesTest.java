package pl.krakow.kck.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CataloguesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9.]+)}");

    @Test
    void should_have_every_key_in_every_language_with_the_same_placeholders() {
        Map<String, String> polish = Messages.catalogue(Lang.PL);
        List<String> problems = new ArrayList<>();
        for (Lang lang : Messages.languages()) {
            Map<String, String> catalogue = Messages.catalogue(lang);
            for (String key : polish.keySet()) {
                if (!lang.equals(Lang.PL) && Messages.polishOnlyAreas().contains(key.substring(0, key.indexOf('.')))) {
                    continue;
                }
                String text = catalogue.get(key);
                if (text == null) {
                    problems.add(lang + ": missing " + key);
                } else if (!placeholders(text).equals(placeholders(polish.get(key)))) {
                    problems.add(lang + ": " + key + " has " + placeholders(text) + ", Polish " + placeholders(polish.get(key)));
                }
            }
            for (String key : catalogue.keySet()) {
                if (!polish.containsKey(key)) {
                    problems.add(lang + ": " + key + " is not in the Polish catalogue");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void should_give_the_polish_text_of_an_area_kept_in_polish_only() {
        assertTrue(Messages.polishOnlyAreas().contains("console"));
        assertEquals(Messages.text(Lang.PL, "console.case-not-found"), Messages.text(Lang.of("uk").orElseThrow(), "console.case-not-found"));
    }

    @Test
    void should_give_a_page_the_console_area_with_the_servers_numbered_placeholders_left_as_written() {
        java.util.Map<String, String> console = Messages.area(Lang.PL, "console");
        assertEquals("Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za {0} min.", console.get("sign-in-locked"));
        assertEquals("Sprawa nr {id}: {reason}", console.get("case-title"));
    }

    @Test
    void should_have_no_empty_text() {
        for (Lang lang : Messages.languages()) {
            Messages.catalogue(lang).forEach((key, text) -> assertFalse(text.isBlank(), lang + ": " + key + " is empty"));
        }
    }

    @Test
    void should_render_the_configured_infoline_and_arguments() {
        Infoline before = Messages.infoline();
        try {
            Messages.infoline(new Infoline("12 000 00 00", Set.of(java.time.DayOfWeek.SATURDAY),
                    java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0)));
            assertTrue(Messages.text(Lang.PL, "dialogue.fallback").contains("12 000 00 00 (sob. 9:00–12:00)"));
            assertEquals("Dołącz do KRK-2026-000001", Messages.text(Lang.PL, "reports.join-option", "KRK-2026-000001"));
        } finally {
            Messages.infoline(before);
        }
        assertTrue(Messages.text(Lang.PL, "dialogue.fallback").contains("12 616 55 55 (pon.–pt. 7:40–15:30)"));
    }

    @Test
    void should_know_the_languages_by_code() {
        assertEquals(Lang.PL, Lang.of("pl-PL").orElseThrow());
        assertTrue(Lang.of("xx").isEmpty());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
