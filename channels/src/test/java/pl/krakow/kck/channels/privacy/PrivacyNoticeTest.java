package pl.krakow.kck.channels.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.privacy.PrivacyNotice;
import pl.krakow.kck.bot.privacy.PrivacySettings;
import pl.krakow.kck.bot.privacy.RetentionSettings;
import pl.krakow.kck.bot.text.Lang;

/** What a resident is told about the assistant and their data, with the periods the city configured. */
class PrivacyNoticeTest {

    private final RetentionSettings retention = new RetentionSettings(Duration.ofDays(60), Duration.ofDays(2),
            Duration.ofDays(30), Duration.ofDays(45));

    @Test
    void should_say_it_is_automated_and_how_long_the_conversation_is_kept() {
        PrivacyNotice notice = new PrivacySettings(retention, LocalTime.of(3, 0), "https://asystent.example/prywatnosc").notice();

        String text = notice.textWithLink(Lang.PL);

        assertTrue(text.startsWith("Jestem automatycznym asystentem"), text);
        assertTrue(text.contains("po 60 dniach"), text);
        assertTrue(text.contains("iod@um.krakow.pl"), text);
        assertTrue(text.endsWith("https://asystent.example/prywatnosc"), text);
        assertEquals(notice.text(Lang.PL), new PrivacySettings(retention, LocalTime.of(3, 0), "").notice().textWithLink(Lang.PL),
                "without a public address there is no link");
    }

    @Test
    void should_render_the_notice_page_with_the_configured_periods_and_escaped_text() {
        String page = new PrivacyPage(new PrivacyNotice(retention, "")).html(Lang.PL);

        assertTrue(page.contains("<html lang=\"pl\">"), page);
        assertTrue(page.contains("pl. Wszystkich Świętych 3-4, 31-004 Kraków"), page);
        assertTrue(page.contains("usuwamy po 60 dniach"), page);
        assertTrue(page.contains("45 dni od jego zamknięcia"), page);
        assertTrue(page.contains("12 616 55 55"), "the infoline rendered from configuration");
    }

    @Test
    void should_refuse_a_notice_address_that_is_not_a_web_address() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new PrivacySettings(retention, LocalTime.of(3, 0), "javascript:alert(1)"));
    }
}
