package pl.krakow.kck.channels.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Settings;
import pl.krakow.kck.channels.TestAssistant;

/** A long answer in Telegram: the title and the essential part, the rest on the "Więcej" button (real corpus, fake Bot API). */
class TelegramMoreTest {

    private static final long CHAT = 44;
    private static final java.time.Clock OPEN = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T09:00:00Z"),
            java.time.ZoneId.of("Europe/Warsaw"));

    private final FakeBotApi api;
    private Assistant assistant;

    TelegramMoreTest() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (assistant != null) {
            assistant.close();
        }
        api.close();
    }

    @Test
    void should_send_the_essential_part_first_and_the_rest_on_request() throws Exception {
        Settings fixture = TestAssistant.settings("jdbc:h2:mem:tgmore;DB_CLOSE_DELAY=-1", TestAssistant.roomy(),
                new TelegramSettings("123:TEST", "", "", api.uri()));
        Settings corpus = fixture.withKnowledgeBase(Path.of("../faq-corpus/articles"));
        assistant = Assistant.start(corpus, TestAssistant.reports(), OPEN);
        assistant.telegram().orElseThrow().start();

        api.queue(FakeBotApi.textUpdate(1, CHAT, "jak zgłosić zgon i jakie dokumenty są potrzebne"));
        FakeBotApi.Call answer = api.await("sendmessage", body -> body.contains("more:"));
        assertTrue(answer.body().contains("<b>Jak zgłosić zgon i jakie dokumenty są potrzebne?</b>"), "the title first: " + answer.body());
        assertFalse(answer.body().contains("Lubelska 27"), "the rest waits for the button: " + answer.body());
        Matcher more = Pattern.compile("more:\\d+").matcher(answer.body());
        assertTrue(more.find(), answer.body());

        api.queue(FakeBotApi.choiceUpdate(2, CHAT, more.group()));
        api.await("sendmessage", body -> body.contains("Lubelska 27"));
    }
}
