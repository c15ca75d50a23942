package pl.krakow.kck.channels.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
import pl.krakow.kck.bot.handoff.LanguageWords;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.channels.console.ConsoleSettings;

/** {@code kck.handoff.*} (rules, the infoline's hours, the queue) and {@code kck.console.*}, for {@link KckSettingsReader}. */
final class HandoffReader {

    private static final String H = "kck.handoff.";
    private static final String C = "kck.console.";

    private final ConfigReader read;

    HandoffReader(ConfigReader read) {
        this.read = read;
    }

    HandoffSettings handoff() {
        HandoffSettings d = HandoffSettings.defaults();
        var explicit = d.explicitRequest();
        var complaint = d.complaint();
        var personal = d.personalCase();
        var frustration = d.frustration();
        return new HandoffSettings(
                new HandoffSettings.ExplicitRequest(
                        read.bool(H + "explicit-request.enabled", explicit.enabled()),
                        words(H + "explicit-request.people", explicit.people()),
                        words(H + "explicit-request.requests", explicit.requests()),
                        words(H + "explicit-request.phrases", explicit.phrases()),
                        read.integer(H + "explicit-request.alone-up-to", explicit.aloneUpTo()),
                        words(H + "explicit-request.not-when", explicit.notWhen())),
                new HandoffSettings.RepeatedMisses(
                        read.bool(H + "repeated-misses.enabled", d.repeatedMisses().enabled()),
                        read.integer(H + "repeated-misses.after", d.repeatedMisses().after())),
                new HandoffSettings.Complaint(
                        read.bool(H + "complaint.enabled", complaint.enabled()),
                        words(H + "complaint.words", complaint.words()),
                        words(H + "complaint.targets", complaint.targets())),
                new HandoffSettings.PersonalCase(
                        read.bool(H + "personal-case.enabled", personal.enabled()),
                        words(H + "personal-case.phrases", personal.phrases()),
                        words(H + "personal-case.mine", personal.mine()),
                        words(H + "personal-case.owned", personal.owned()),
                        words(H + "personal-case.progress", personal.progress())),
                new HandoffSettings.Frustration(
                        read.bool(H + "frustration.enabled", frustration.enabled()),
                        words(H + "frustration.phrases", frustration.phrases()),
                        read.integer(H + "frustration.exclamations", frustration.exclamations()),
                        read.integer(H + "frustration.shouted-words", frustration.shoutedWords())),
                hours(d.hours()),
                read.duration(H + "queue.per-conversation", d.perConversation()),
                read.positiveInteger(H + "queue.max-waiting-callbacks", d.maxWaitingCallbacks()));
    }

    /** A rule's words per language: {@code key.pl}, {@code key.uk}, {@code key.en}, each defaulting on its own. */
    private LanguageWords words(String key, LanguageWords d) {
        LanguageWords words = d;
        for (Language language : Language.values()) {
            words = words.with(language, read.list(key + "." + language.code(), d.in(language)));
        }
        return words;
    }

    /** kck.handoff.hours: zone, days (MONDAY..FRIDAY or "mon-fri"), opens, closes, public-holidays, closed-days. */
    private InfolineHours hours(InfolineHours d) {
        String zoneName = read.string(H + "hours.zone", d.zone().getId());
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (java.time.DateTimeException e) {
            throw read.invalid(H + "hours.zone", zoneName, "a time zone such as Europe/Warsaw");
        }
        Set<LocalDate> closed = new TreeSet<>();
        for (String day : read.list(H + "hours.closed-days", List.of())) {
            try {
                closed.add(LocalDate.parse(day.strip()));
            } catch (DateTimeParseException e) {
                throw read.invalid(H + "hours.closed-days", day, "a date such as 2026-12-31");
            }
        }
        Set<DayOfWeek> days = days(read.list(H + "hours.days", d.days().stream().sorted().map(DayOfWeek::name).toList()));
        var opens = read.time(H + "hours.opens", d.opens());
        var closes = read.time(H + "hours.closes", d.closes());
        boolean publicHolidays = read.bool(H + "hours.public-holidays", d.publicHolidays());
        try {
            return new InfolineHours(zone, days, opens, closes, publicHolidays, closed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(H + "hours: " + e.getMessage(), e);
        }
    }

    ConsoleSettings console() {
        ConsoleSettings d = ConsoleSettings.defaults();
        List<ConsultantAccounts.Seed> seeds = new ArrayList<>();
        String adminLogin = read.string(C + "admin.login", "admin");
        String adminName = read.string(C + "admin.name", "Administrator");
        String adminPassword = read.verbatim(C + "admin.password", "");
        String adminHash = read.string(C + "admin.hash", "");
        if (!adminPassword.isBlank() || !adminHash.isBlank()) {
            seeds.add(new ConsultantAccounts.Seed(adminLogin, adminName, Role.SUPERVISOR,
                    adminPassword.isBlank() ? null : adminPassword, adminHash.isBlank() ? null : adminHash));
        }
        for (Config account : read.objects(C + "accounts", "login", "name", "role", "password", "hash")) {
            String login = account.get("login").asString()
                    .orElseThrow(() -> new IllegalArgumentException(account.key() + ".login is missing"));
            seeds.add(new ConsultantAccounts.Seed(login, account.get("name").asString().orElse(login),
                    Role.fromWire(account.get("role").asString().orElse("consultant")).orElseThrow(() ->
                            new IllegalArgumentException(account.key() + ".role is consultant or supervisor")),
                    account.get("password").asString().orElse(null),
                    account.get("hash").asString().orElse(null)));
        }
        return new ConsoleSettings(
                read.duration(C + "session.idle", d.sessionIdle()),
                read.duration(C + "session.max", d.sessionMax()),
                read.bool(C + "secure-cookie", d.secureCookie()),
                read.integer(C + "password-iterations", d.passwordIterations()),
                read.integer(C + "sign-in.attempts", d.signInAttempts()),
                read.duration(C + "sign-in.lockout", d.signInLockout()),
                read.duration(C + "sign-in.first-delay", d.signInFirstDelay()),
                read.integer(C + "sign-in.per-address", d.signInPerAddress()),
                seeds);
    }

    private Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String value = name.strip().toUpperCase(Locale.ROOT);
            if (value.contains("-")) {
                days.addAll(EnumSet.range(day(value.substring(0, value.indexOf('-'))), day(value.substring(value.indexOf('-') + 1))));
            } else {
                days.add(day(value));
            }
        }
        return days;
    }

    private DayOfWeek day(String value) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(value) && value.length() >= 3) {
                return day;
            }
        }
        throw read.invalid(H + "hours.days", value, "MONDAY..SUNDAY or a range such as MON-FRI");
    }
}
