package pl.krakow.kck.channels.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.TestAssistant;

/** 👍/👎 under an answer in Telegram, the optional reason after 👎, stored with the reply (fake Bot API on 127.0.0.1). */
class TelegramFeedbackTest {

    private static final long CHAT = 43;
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final java.time.Clock OPEN = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T09:00:00Z"), WARSAW);

    private final FakeBotApi api;
    private Assistant assistant;

    TelegramFeedbackTest() throws Exception {
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
    void should_store_a_thumb_down_and_the_reason_picked_after_it() throws Exception {
        assistant = Assistant.start(TestAssistant.settings("jdbc:h2:mem:tgfb;DB_CLOSE_DELAY=-1", TestAssistant.roomy(),
                new TelegramSettings("123:TEST", "", "", api.uri())), TestAssistant.reports(), OPEN);
        assistant.telegram().orElseThrow().start();

        api.queue(FakeBotApi.textUpdate(1, CHAT, "jak wyrobic dowod osobisty"));
        FakeBotApi.Call answer = api.await("sendmessage", body -> body.contains("Wniosek o dowód osobisty"));
        Matcher down = Pattern.compile("fb:(\\d+):down").matcher(answer.body());
        assertTrue(down.find(), answer.body());

        api.queue(FakeBotApi.choiceUpdate(2, CHAT, down.group()));
        FakeBotApi.Call why = api.await("sendmessage", body -> body.contains(down.group() + ":unclear"));
        assertTrue(why.body().contains(down.group() + ":outdated"), why.body());
        api.queue(FakeBotApi.choiceUpdate(3, CHAT, down.group() + ":unclear"));
        api.await("sendmessage", body -> body.contains("Dziękujemy za ocenę"));

        LocalDate day = LocalDate.of(2026, 12, 1);
        List<List<Object>> rows = assistant.analytics().report(new Period(day, day, WARSAW)).table("feedback").rows();
        assertEquals(List.of(Arrays.asList("down", "unclear", "answer", 1L)), rows);
    }
}
