package pl.krakow.kck.channels.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.llm.ChatSettings;
import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.ModelProvider;
import pl.krakow.kck.bot.llm.ModelSettings;
import pl.krakow.kck.channels.console.ConsoleSettings;

class KckSettingsTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final List<String> warnings = new ArrayList<>();

    private KckSettings read(Map<String, String> values) {
        return read(values, Map.of());
    }

    private KckSettings read(Map<String, String> values, Map<String, String> environment) {
        return KckSettings.from(Config.just(ConfigSources.create(values)), environment, warnings::add);
    }

    private String refusal(Map<String, String> values) {
        return assertThrows(IllegalArgumentException.class, () -> read(values)).getMessage();
    }

    @Test
    void should_give_the_defaults_when_nothing_is_configured() {
        KckSettings settings = read(Map.of());
        assertEquals(0.55, settings.service().answerThreshold(), 1e-9);
        assertFalse(settings.service().models().chat().enabled());
        assertEquals(Path.of("./data/embeddings"), settings.service().models().embeddings().cache());
        assertEquals(HandoffSettings.defaults(), settings.service().handoff());
        assertEquals("pon.–pt. 7:40–15:30", settings.service().handoff().hours().hoursText());
        assertEquals(ConsoleSettings.defaults(), settings.service().console(), "no account is seeded without a password");
        assertEquals(Duration.ofHours(24), settings.reports().draftLifetime());
        assertTrue(settings.reports().forwarding().isEmpty());
        assertNull(settings.service().cacheDir(), "kck-cache in the temporary folder");
        assertTrue(warnings.isEmpty());
    }

    @Test
    void should_read_durations_with_their_units() {
        KckSettings settings = read(Map.of("kck.connections.read-timeout", "500ms", "kck.console.session.idle", "45m",
                "kck.reports.draft-lifetime", "48h", "kck.privacy.retention.conversations", "7d",
                "kck.handoff.queue.per-conversation", "2.5m", "kck.notifications.poll-interval", "1s",
                "kck.reports.forward.enabled", "true", "kck.reports.forward.url", "http://127.0.0.1:9/open311/v2",
                "kck.reports.forward.timeout", "8s"));
        assertEquals(Duration.ofMillis(500), settings.service().connections().readTimeout());
        assertEquals(Duration.ofMinutes(45), settings.service().console().sessionIdle());
        assertEquals(Duration.ofHours(48), settings.reports().draftLifetime());
        assertEquals(Duration.ofDays(7), settings.service().privacy().retention().conversations());
        assertEquals(Duration.ofSeconds(150), settings.service().handoff().perConversation());
        assertEquals(Duration.ofSeconds(1), settings.reports().notifications().dispatch().pollInterval());
        assertEquals(Duration.ofSeconds(8), settings.reports().forwarding().orElseThrow().timeout());
    }

    @Test
    void should_refuse_a_duration_without_a_unit_naming_the_key() {
        String message = refusal(Map.of("kck.llm.timeout", "8"));
        assertTrue(message.startsWith("kck.llm.timeout is '8'; expected a duration with a unit"), message);
        assertTrue(refusal(Map.of("kck.console.session.max", "0h")).startsWith("kck.console.session.max"));
        assertTrue(refusal(Map.of("kck.api.max-text-length", "many")).startsWith("kck.api.max-text-length is 'many'"));
        assertTrue(refusal(Map.of("kck.answer-threshold", "0.3")).startsWith("kck.clarify-threshold (0.4) and kck.answer-threshold (0.3)"));
        assertTrue(refusal(Map.of("kck.handoff.repeated-misses.after", "0")).contains("kck.handoff.repeated-misses.after"));
    }

    @Test
    void should_refuse_a_mistyped_key_naming_the_nearest_known_one() {
        assertEquals("kck.answer-treshold: unknown key; did you mean kck.answer-threshold?",
                refusal(Map.of("kck.answer-treshold", "0.6")));
        assertEquals("kck.reports.draft-lifetime-hours: unknown key; did you mean kck.reports.draft-lifetime?",
                refusal(Map.of("kck.reports.draft-lifetime-hours", "24")));
        assertEquals("kck.console.accounts.0.passwort: unknown key; did you mean kck.console.accounts.*.password?",
                refusal(Map.of("kck.console.accounts.0.login", "anna", "kck.console.accounts.0.passwort", "x")));
    }

    @Test
    void should_only_warn_of_an_unknown_key_from_an_environment_variable_and_name_the_variable() {
        Config config = Config.just(ConfigSources.create(Map.of("kck.llm.api.key", "sk-1")));
        KckSettings settings = KckSettings.from(config, Map.of("KCK_LLM_API_KEY", "sk-1"), warnings::add);
        assertFalse(settings.service().models().chat().enabled());
        assertEquals(List.of("environment variable KCK_LLM_API_KEY (kck.llm.api.key): unknown key, ignored; "
                + "did you mean kck.llm.api-key?"), warnings);
    }

    @Test
    void should_leave_keys_that_tools_and_tests_read_themselves() {
        read(Map.of("kck.bench.jvm-flags", "-Xmx1g", "kck.reports.halt-at", "before-commit"));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void should_read_the_models() {
        ModelSettings models = read(Map.of(
                "kck.llm.provider", "openai-compatible", "kck.llm.base-url", "http://127.0.0.1:8000/v1",
                "kck.llm.model", "bielik-11b", "kck.llm.api-key", "secret", "kck.llm.timeout", "2500ms",
                "kck.llm.circuit-breaker.open-for", "1m",
                "kck.embeddings.provider", "onnx", "kck.embeddings.model-file", "models/e5.onnx",
                "kck.embeddings.tokenizer-file", "models/tokenizer.json", "kck.embeddings.query-prefix", "query: ")).service().models();
        ChatSettings chat = models.chat();
        assertEquals(ModelProvider.OPENAI_COMPATIBLE, chat.provider());
        assertEquals("bielik-11b", chat.model());
        assertEquals(Duration.ofMillis(2500), chat.timeout());
        assertEquals(Duration.ofMinutes(1), chat.openFor());
        assertEquals(ChatSettings.DEFAULT_FAILURES, chat.failures());
        assertFalse(chat.toString().contains("secret"), "the key is never logged");
        EmbeddingSettings embeddings = models.embeddings();
        assertEquals(ModelProvider.ONNX, embeddings.provider());
        assertEquals(Path.of("models/e5.onnx"), embeddings.modelFile());
        assertEquals("query: ", embeddings.queryPrefix(), "the prefix keeps its space");
        assertNull(read(Map.of("kck.embeddings.cache", "")).service().models().embeddings().cache(), "empty: in memory only");
    }

    @Test
    void should_refuse_incomplete_or_wrong_models_with_the_key_named() {
        assertTrue(refusal(Map.of("kck.llm.provider", "ollama", "kck.llm.base-url", "http://127.0.0.1:11434")).contains("model"));
        assertTrue(refusal(Map.of("kck.llm.provider", "gpt")).startsWith("kck.llm.provider"));
        assertTrue(refusal(Map.of("kck.embeddings.provider", "onnx")).startsWith("kck.embeddings"));
    }

    @Test
    void should_read_changed_rules_hours_and_closed_days() {
        HandoffSettings handoff = read(Map.of(
                "kck.handoff.explicit-request.enabled", "false",
                "kck.handoff.repeated-misses.after", "3",
                "kck.handoff.frustration.phrases.pl.0", "skandal",
                "kck.handoff.frustration.phrases.uk.0", "скандал",
                "kck.handoff.hours.days.0", "MON-THU",
                "kck.handoff.hours.opens", "08:00",
                "kck.handoff.hours.closes", "16:00",
                "kck.handoff.hours.closed-days.0", "2026-12-31")).service().handoff();
        assertFalse(handoff.explicitRequest().enabled());
        assertEquals(3, handoff.repeatedMisses().after());
        assertEquals(List.of("skandal"), handoff.frustration().phrases().in(Language.PL));
        assertEquals(List.of("скандал"), handoff.frustration().phrases().in(Language.UK));
        assertEquals(HandoffSettings.defaults().frustration().phrases().in(Language.EN), handoff.frustration().phrases().in(Language.EN),
                "a language not configured keeps its default words");
        InfolineHours hours = handoff.hours();
        assertEquals("pon.–czw. 8:00–16:00", hours.hoursText());
        assertFalse(hours.isOpen(LocalDateTime.parse("2026-12-31T10:00").atZone(WARSAW).toInstant()), "a configured closed day");
        assertFalse(hours.isOpen(LocalDateTime.parse("2026-12-04T10:00").atZone(WARSAW).toInstant()), "Friday is not a working day");
        assertTrue(hours.isOpen(LocalDateTime.parse("2026-12-03T15:45").atZone(WARSAW).toInstant()));
    }

    @Test
    void should_refuse_an_unknown_day_naming_the_key() {
        assertTrue(refusal(Map.of("kck.handoff.hours.days.0", "FUNDAY")).startsWith("kck.handoff.hours.days is 'FUNDAY'"));
    }

    @Test
    void should_seed_the_first_supervisor_and_listed_accounts_from_the_configuration() {
        ConsoleSettings console = read(Map.of(
                "kck.console.admin.password", "hasło administratora",
                "kck.console.accounts.0.login", "anna",
                "kck.console.accounts.0.name", "Anna Nowak",
                "kck.console.accounts.0.hash", "pbkdf2-sha256$1000$c2FsdA$aGFzaA",
                "kck.console.secure-cookie", "true")).service().console();
        assertEquals(List.of(
                new ConsultantAccounts.Seed("admin", "Administrator", Role.SUPERVISOR, "hasło administratora", null),
                new ConsultantAccounts.Seed("anna", "Anna Nowak", Role.CONSULTANT, null, "pbkdf2-sha256$1000$c2FsdA$aGFzaA")),
                console.accounts());
        assertTrue(console.secureCookie());
    }
}
