package pl.krakow.kck.channels.console;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.helidon.config.Config;

import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.handoff.Role;

/** Reads kck.handoff.* and kck.console.* (application.yaml, environment, system properties); missing keys keep the defaults. */
public final class HandoffConfig {

    private HandoffConfig() {
    }

    public static HandoffSettings handoff(Config handoff) {
        HandoffSettings d = HandoffSettings.defaults();
        Config explicit = handoff.get("explicit-request");
        Config misses = handoff.get("repeated-misses");
        Config complaint = handoff.get("complaint");
        Config personal = handoff.get("personal-case");
        Config frustration = handoff.get("frustration");
        return new HandoffSettings(
                new HandoffSettings.ExplicitRequest(
                        explicit.get("enabled").asBoolean().orElse(d.explicitRequest().enabled()),
                        words(explicit.get("people"), d.explicitRequest().people()),
                        words(explicit.get("requests"), d.explicitRequest().requests()),
                        words(explicit.get("phrases"), d.explicitRequest().phrases()),
                        explicit.get("alone-up-to").asInt().orElse(d.explicitRequest().aloneUpTo()),
                        words(explicit.get("not-when"), d.explicitRequest().notWhen())),
                new HandoffSettings.RepeatedMisses(
                        misses.get("enabled").asBoolean().orElse(d.repeatedMisses().enabled()),
                        misses.get("after").asInt().orElse(d.repeatedMisses().after())),
                new HandoffSettings.Complaint(
                        complaint.get("enabled").asBoolean().orElse(d.complaint().enabled()),
                        words(complaint.get("words"), d.complaint().words()),
                        words(complaint.get("targets"), d.complaint().targets())),
                new HandoffSettings.PersonalCase(
                        personal.get("enabled").asBoolean().orElse(d.personalCase().enabled()),
                        words(personal.get("phrases"), d.personalCase().phrases()),
                        words(personal.get("owned"), d.personalCase().owned()),
                        words(personal.get("progress"), d.personalCase().progress())),
                new HandoffSettings.Frustration(
                        frustration.get("enabled").asBoolean().orElse(d.frustration().enabled()),
                        words(frustration.get("phrases"), d.frustration().phrases()),
                        frustration.get("exclamations").asInt().orElse(d.frustration().exclamations()),
                        frustration.get("shouted-words").asInt().orElse(d.frustration().shoutedWords())),
                hours(handoff.get("hours")),
                Duration.ofSeconds(handoff.get("queue.minutes-per-conversation").asDouble()
                        .map(m -> Math.round(m * 60)).orElse(d.perConversation().toSeconds())));
    }

    /** kck.handoff.hours: zone, days (MONDAY..FRIDAY or "mon-fri"), opens, closes, public-holidays, closed-days. */
    static InfolineHours hours(Config hours) {
        if (!hours.exists()) {
            return InfolineHours.KCK;
        }
        Set<LocalDate> closed = new TreeSet<>();
        for (String day : hours.get("closed-days").asList(String.class).orElse(List.of())) {
            closed.add(LocalDate.parse(day.strip()));
        }
        return new InfolineHours(
                ZoneId.of(hours.get("zone").asString().orElse("Europe/Warsaw")),
                days(hours.get("days").asList(String.class).orElse(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))),
                LocalTime.parse(hours.get("opens").asString().orElse("07:40")),
                LocalTime.parse(hours.get("closes").asString().orElse("15:30")),
                hours.get("public-holidays").asBoolean().orElse(true),
                closed);
    }

    public static ConsoleSettings console(Config console) {
        ConsoleSettings d = ConsoleSettings.defaults();
        List<ConsultantAccounts.Seed> seeds = new ArrayList<>();
        Config admin = console.get("admin");
        String adminPassword = admin.get("password").asString().orElse("");
        String adminHash = admin.get("hash").asString().orElse("");
        if (!adminPassword.isBlank() || !adminHash.isBlank()) {
            seeds.add(new ConsultantAccounts.Seed(admin.get("login").asString().orElse("admin"),
                    admin.get("name").asString().orElse("Administrator"), Role.SUPERVISOR,
                    adminPassword.isBlank() ? null : adminPassword, adminHash.isBlank() ? null : adminHash));
        }
        for (Config account : console.get("accounts").asNodeList().orElse(List.of())) {
            seeds.add(new ConsultantAccounts.Seed(
                    account.get("login").asString().get(),
                    account.get("name").asString().orElse(account.get("login").asString().get()),
                    Role.fromWire(account.get("role").asString().orElse("consultant"))
                            .orElseThrow(() -> new IllegalArgumentException("kck.console.accounts: role is consultant or supervisor")),
                    account.get("password").asString().orElse(null),
                    account.get("hash").asString().orElse(null)));
        }
        return new ConsoleSettings(
                Duration.ofMinutes(console.get("session.idle-minutes").asInt().orElse((int) d.sessionIdle().toMinutes())),
                Duration.ofHours(console.get("session.max-hours").asInt().orElse((int) d.sessionMax().toHours())),
                console.get("secure-cookie").asBoolean().orElse(d.secureCookie()),
                console.get("password-iterations").asInt().orElse(d.passwordIterations()),
                console.get("sign-in.attempts").asInt().orElse(d.signInAttempts()),
                Duration.ofMinutes(console.get("sign-in.lockout-minutes").asInt().orElse((int) d.signInLockout().toMinutes())),
                Duration.ofSeconds(console.get("sign-in.first-delay-seconds").asInt().orElse((int) d.signInFirstDelay().toSeconds())),
                console.get("sign-in.per-address").asInt().orElse(d.signInPerAddress()),
                seeds);
    }

    private static List<String> words(Config node, List<String> fallback) {
        return node.exists() ? node.asList(String.class).get() : fallback;
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String value = name.strip().toUpperCase(Locale.ROOT);
            if (value.contains("-")) {
                DayOfWeek from = day(value.substring(0, value.indexOf('-')));
                DayOfWeek to = day(value.substring(value.indexOf('-') + 1));
                days.addAll(EnumSet.range(from, to));
            } else {
                days.add(day(value));
            }
        }
        return days;
    }

    private static DayOfWeek day(String value) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(value) && value.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("kck.handoff.hours.days: unknown day '" + value + "' (use MONDAY..SUNDAY or MON-FRI)");
    }
}
