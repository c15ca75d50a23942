package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.channels.Settings;

class HandoffConfigTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Test
    void should_ship_application_yaml_with_exactly_the_default_rules() {
        Settings settings = Settings.from(Config.create());
        HandoffSettings defaults = HandoffSettings.defaults();
        assertEquals(defaults.explicitRequest(), settings.handoff().explicitRequest());
        assertEquals(defaults.repeatedMisses(), settings.handoff().repeatedMisses());
        assertEquals(defaults.complaint(), settings.handoff().complaint());
        assertEquals(defaults.personalCase(), settings.handoff().personalCase());
        assertEquals(defaults.frustration(), settings.handoff().frustration());
        assertEquals(defaults.perConversation(), settings.handoff().perConversation());
        assertEquals("pon.–pt. 7:40–15:30", settings.handoff().hours().hoursText());
        assertEquals(ConsoleSettings.defaults(), settings.console(), "no account is seeded without a password");
    }

    @Test
    void should_read_changed_rules_hours_and_closed_days() {
        Config config = config(Map.of(
                "handoff.explicit-request.enabled", "false",
                "handoff.repeated-misses.after", "3",
                "handoff.frustration.phrases.0", "skandal",
                "handoff.hours.days.0", "MON-THU",
                "handoff.hours.opens", "08:00",
                "handoff.hours.closes", "16:00",
                "handoff.hours.closed-days.0", "2026-12-31",
                "handoff.queue.minutes-per-conversation", "2.5"));
        HandoffSettings handoff = HandoffConfig.handoff(config.get("handoff"));
        assertFalse(handoff.explicitRequest().enabled());
        assertEquals(3, handoff.repeatedMisses().after());
        assertEquals(List.of("skandal"), handoff.frustration().phrases());
        assertEquals(Duration.ofSeconds(150), handoff.perConversation());
        InfolineHours hours = handoff.hours();
        assertEquals("pon.–czw. 8:00–16:00", hours.hoursText());
        assertFalse(hours.isOpen(LocalDateTime.parse("2026-12-31T10:00").atZone(WARSAW).toInstant()), "a configured closed day");
        assertFalse(hours.isOpen(LocalDateTime.parse("2026-12-04T10:00").atZone(WARSAW).toInstant()), "Friday is not a working day");
        assertTrue(hours.isOpen(LocalDateTime.parse("2026-12-03T15:45").atZone(WARSAW).toInstant()));
    }

    @Test
    void should_seed_the_first_supervisor_and_listed_accounts_from_the_configuration() {
        ConsoleSettings console = HandoffConfig.console(config(Map.of(
                "console.admin.password", "hasło administratora",
                "console.accounts.0.login", "anna",
                "console.accounts.0.name", "Anna Nowak",
                "console.accounts.0.hash", "pbkdf2-sha256$1000$c2FsdA$aGFzaA",
                "console.secure-cookie", "true")).get("console"));
        assertEquals(List.of(
                new ConsultantAccounts.Seed("admin", "Administrator", Role.SUPERVISOR, "hasło administratora", null),
                new ConsultantAccounts.Seed("anna", "Anna Nowak", Role.CONSULTANT, null, "pbkdf2-sha256$1000$c2FsdA$aGFzaA")),
                console.accounts());
        assertTrue(console.secureCookie());
    }

    @Test
    void should_refuse_an_unknown_day() {
        assertThrows(IllegalArgumentException.class,
                () -> HandoffConfig.handoff(config(Map.of("handoff.hours.days.0", "FUNDAY")).get("handoff")));
    }

    private static Config config(Map<String, String> values) {
        return Config.just(ConfigSources.create(values));
    }
}
