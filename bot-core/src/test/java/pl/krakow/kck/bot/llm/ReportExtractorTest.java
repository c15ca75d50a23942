package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportExtractorTest {

    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>(Map.of(
            "oswietlenie", "Oświetlenie uliczne", "drogi", "Drogi i chodniki", "odpady", "Odpady i czystość"));
    private static final String TEXT = "od tygodnia na Karmelickiej 12 nie świeci latarnia";

    @Test
    void should_turn_a_free_text_report_into_category_location_and_description_in_one_call() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> FakeModelServer.openAiChat(
                "{\"category\": \"oswietlenie\", \"location\": \"ul. Karmelicka 12\", \"description\": \"Nie świeci latarnia od tygodnia.\"}"))) {
            Optional<ReportDraft> draft = extractor(server, Duration.ofSeconds(5)).extract(TEXT, CATEGORIES);

            assertEquals(new ReportDraft("oswietlenie", "ul. Karmelicka 12", "Nie świeci latarnia od tygodnia."), draft.orElseThrow());
            FakeModelServer.Request request = server.requests().getFirst();
            assertEquals(1, server.requests().size());
            assertEquals("/v1/chat/completions", request.path());
            assertEquals("json_object", request.json().getJsonObject("response_format").getString("type"));
            String system = request.message(0, "content");
            assertTrue(system.contains("oswietlenie: Oświetlenie uliczne") && system.contains("drogi: Drogi i chodniki"), system);
            assertEquals("<report>\n" + TEXT + "\n</report>", request.message(1, "content"));
        }
    }

    @Test
    void should_accept_a_report_without_a_location() {
        assertEquals(Optional.of(new ReportDraft("drogi", null, "Dziura w jezdni.")),
                ReportExtractor.parse("{\"category\":\"drogi\",\"location\":null,\"description\":\"Dziura w jezdni.\"}", CATEGORIES.keySet()));
    }

    @Test
    void should_give_nothing_for_any_reply_that_is_not_exactly_the_json_asked_for() {
        Set<String> codes = CATEGORIES.keySet();
        for (String reply : List.of(
                "Oto zgłoszenie: kategoria oświetlenie, Karmelicka 12",
                "```json\n{\"category\":\"oswietlenie\",\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\"}\n```",
                "{\"category\":\"oswietlenie\",\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\"} i jeszcze coś",
                "[{\"category\":\"oswietlenie\",\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\"}]",
                "{\"category\":\"latarnie\",\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\"}",
                "{\"category\":null,\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\"}",
                "{\"category\":\"oswietlenie\",\"location\":\"Karmelicka 12\",\"description\":\"  \"}",
                "{\"category\":\"oswietlenie\",\"location\":12,\"description\":\"Latarnia\"}",
                "{\"category\":\"oswietlenie\",\"description\":\"Latarnia\"}",
                "{\"category\":\"oswietlenie\",\"location\":\"Karmelicka 12\",\"description\":\"Latarnia\",\"priority\":\"pilne\"}",
                "{\"category\":\"oswietlenie\",\"location\":\"" + "x".repeat(201) + "\",\"description\":\"Latarnia\"}",
                "{\"category\":\"oswietlenie\",",
                "")) {
            assertEquals(Optional.empty(), ReportExtractor.parse(reply, codes), reply);
        }
    }

    @Test
    void should_give_nothing_on_http_errors_malformed_bodies_and_timeouts() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> new FakeModelServer.Response(500, "{}"))) {
            ReportExtractor extractor = extractor(server, Duration.ofMillis(500));
            assertTrue(extractor.extract(TEXT, CATEGORIES).isEmpty());
            server.answer(r -> new FakeModelServer.Response(200, "{\"choices\": \"none\"}"));
            assertTrue(extractor.extract(TEXT, CATEGORIES).isEmpty());
            server.answer(r -> server.hang());
            assertTrue(extractor.extract(TEXT, CATEGORIES).isEmpty());
        }
    }

    private static ReportExtractor extractor(FakeModelServer server, Duration timeout) {
        ChatSettings settings = new ChatSettings(ModelProvider.OPENAI_COMPATIBLE, server.url() + "/v1", "bielik-11b", "", timeout,
                0.0, 10, Duration.ofSeconds(30));
        return new ReportExtractor(ModelFactory.chat(settings), ModelGuard.of("chat model", timeout, 10, Duration.ofSeconds(30)));
    }
}
