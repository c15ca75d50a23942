package pl.krakow.kck.channels.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.TestAssistant;

/** The real telegrambots client and long-polling code against a fake Bot API on 127.0.0.1. */
class TelegramChannelTest {

    private static final long CHAT = 42;

    private FakeBotApi api;
    private Assistant assistant;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (assistant != null) {
            assistant.close();
        }
        api.close();
    }

    /** A Tuesday at 10:00 in Kraków: the infoline is open. */
    private static final java.time.Clock OPEN = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T09:00:00Z"),
            java.time.ZoneId.of("Europe/Warsaw"));

    private TelegramChannel polling(String databaseUrl) throws Exception {
        assistant = Assistant.start(TestAssistant.settings(databaseUrl, TestAssistant.roomy(),
                new TelegramSettings("123:TEST", "", "", api.uri())), TestAssistant.reports(), OPEN);
        TelegramChannel channel = assistant.telegram().orElseThrow();
        channel.start();
        return channel;
    }

    @Test
    void should_answer_a_question_with_its_source_and_related_articles_as_buttons() throws Exception {
        polling("jdbc:h2:mem:tg1;DB_CLOSE_DELAY=-1");
        api.queue(FakeBotApi.textUpdate(1, CHAT, "jak wyrobic dowod osobisty"));
        FakeBotApi.Call sent = api.await("sendmessage", body -> body.contains("Wniosek o dowód osobisty"));
        assertTrue(sent.body().contains("https://www.gov.pl/web/gov/uzyskaj-dowod-osobisty"), sent.body());
        assertTrue(sent.body().contains("\"chat_id\":\"42\"") || sent.body().contains("\"chat_id\":42"), sent.body());
        assertTrue(sent.body().contains("inline_keyboard") && sent.body().contains("article:"), sent.body());
    }

    @Test
    void should_answer_the_article_picked_on_the_inline_keyboard() throws Exception {
        polling("jdbc:h2:mem:tg2;DB_CLOSE_DELAY=-1");
        api.queue(FakeBotApi.choiceUpdate(2, CHAT, "article:dowod-zgubiony"));
        api.await("sendmessage", body -> body.contains("Zgłoś utratę dowodu"));
        api.await("answercallbackquery", body -> body.contains("cb2"));
    }

    @Test
    void should_read_a_shared_location_and_answer_commands() throws Exception {
        polling("jdbc:h2:mem:tg3;DB_CLOSE_DELAY=-1");
        api.queue(FakeBotApi.textUpdate(3, CHAT, "/start"));
        api.await("sendmessage", body -> body.contains("Jestem asystentem Krakowskiego Centrum Kontaktu"));
        api.queue(FakeBotApi.textUpdate(4, CHAT, "/pomoc"));
        api.await("sendmessage", body -> body.contains("/konsultant"));
        api.queue(FakeBotApi.locationUpdate(5, CHAT, 50.061430, 19.936580));
        String conversation = conversationOf(CHAT);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        boolean stored = false;
        while (!stored && System.nanoTime() < deadline) { // the help text sent before also names the infoline: wait for the store
            stored = assistant.service().transcript(conversation).stream()
                    .anyMatch(m -> m.body().equals("Lokalizacja: 50.061430, 19.936580"));
            Thread.sleep(25);
        }
        assertTrue(stored, "the shared location is stored in the conversation");
    }

    @Test
    void should_deliver_a_consultants_reply_into_the_chat() throws Exception {
        polling("jdbc:h2:mem:tg4;DB_CLOSE_DELAY=-1");
        api.queue(FakeBotApi.textUpdate(6, CHAT, "zgubiłem dowód"));
        api.await("sendmessage", body -> body.contains("utratę"));
        String conversation = conversationOf(CHAT);
        var stored = new ConversationRepository(assistant.database(), Clock.systemUTC())
                .append(conversation, Author.CONSULTANT, null, "Dzień dobry, tu Anna z infolinii <b>KCK</b>.", null).orElseThrow();
        assistant.service().events().publish(stored);
        FakeBotApi.Call relayed = api.await("sendmessage", body -> body.contains("Konsultant: Dzień dobry, tu Anna"));
        assertTrue(relayed.body().contains("&lt;b&gt;KCK&lt;/b&gt;"), "consultant text is escaped: " + relayed.body());
    }

    @Test
    void should_hand_over_to_a_consultant_on_request_and_deliver_the_reply() throws Exception {
        polling("jdbc:h2:mem:tg6;DB_CLOSE_DELAY=-1");
        api.queue(FakeBotApi.textUpdate(10, CHAT, "/konsultant"));
        FakeBotApi.Call offer = api.await("sendmessage", body -> body.contains("inline_keyboard") && body.contains("Tak"));
        String yes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(offer.body())
                .at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        api.queue(FakeBotApi.choiceUpdate(11, CHAT, yes));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (assistant.handoffs().cases().queued().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        var queued = assistant.handoffs().cases().queued().getFirst();
        assertTrue(assistant.handoffs().accepted(queued.id(), "anna", "Anna"));
        assistant.handoffs().consultantWrote(queued.id(), "anna", "Tu Anna z infolinii, już sprawdzam.").orElseThrow();
        api.await("sendmessage", body -> body.contains("Konsultant: Tu Anna z infolinii, już sprawdzam."));
    }

    @Test
    void should_take_a_whole_report_with_a_shared_location_and_a_photo() throws Exception {
        polling("jdbc:h2:mem:tg7;DB_CLOSE_DELAY=-1");
        api.photo(pl.krakow.kck.bot.reports.TestImages.jpegWithGps());
        int update = 20;
        api.queue(FakeBotApi.textUpdate(update++, CHAT, "nie świeci latarnia"));
        FakeBotApi.Call asked = api.await("sendmessage", body -> body.contains("Gdzie") || body.contains("miejsce"));
        int seen = api.calls("sendmessage").size();
        api.queue(FakeBotApi.locationUpdate(update++, CHAT, 50.061430, 19.936580));
        String reply = next(seen);
        // answer whatever the form asks (first option, or skip) until it asks for the photo
        for (int step = 0; step < 4 && !reply.contains("zdjęcie") && !reply.contains("zdjęcia"); step++) {
            seen = api.calls("sendmessage").size();
            String option = firstOption(reply);
            api.queue(option != null ? FakeBotApi.choiceUpdate(update++, CHAT, option) : FakeBotApi.textUpdate(update++, CHAT, "pomiń"));
            reply = next(seen);
        }
        assertTrue(reply.contains("zdjęci"), "the form asks for a photo: " + reply + " (after " + asked.body() + ")");
        seen = api.calls("sendmessage").size();
        api.queue(FakeBotApi.photoUpdate(update++, CHAT));
        reply = next(seen);
        assertTrue(reply.contains("Dodałem zdjęcie"), reply);
        assertEquals(1, api.calls("file").size(), "the largest size was downloaded once");
        for (int step = 0; step < 4 && !reply.contains("KRK-"); step++) {
            seen = api.calls("sendmessage").size();
            String send = reply.contains("Wyślij zgłoszenie") ? optionLabelled(reply, "Wyślij zgłoszenie") : null;
            api.queue(send != null ? FakeBotApi.choiceUpdate(update++, CHAT, send) : FakeBotApi.textUpdate(update++, CHAT, "pomiń"));
            reply = next(seen);
        }
        assertTrue(reply.contains("KRK-2026-"), "the report got its number: " + reply);
        String conversation = conversationOf(CHAT);
        var report = assistant.reports().repository().search(new pl.krakow.kck.bot.reports.ReportQuery(
                java.util.List.of(), java.util.List.of(), null, null, java.util.List.of(), 10)).getFirst();
        assertEquals(conversation, report.conversationId());
        assertTrue(report.photoId() != null && report.photoId() > 0, "the photo is attached");
        assertEquals(50.06143, report.lat(), 1e-5);
    }

    private String next(int seen) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (api.calls("sendmessage").size() <= seen && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        var calls = api.calls("sendmessage");
        assertTrue(calls.size() > seen, "no reply came");
        return calls.getLast().body();
    }

    private static String firstOption(String body) throws Exception {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).at("/reply_markup/inline_keyboard/0/0/callback_data");
        return node.isMissingNode() ? null : node.asText();
    }

    private static String optionLabelled(String body, String label) throws Exception {
        for (var row : new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).at("/reply_markup/inline_keyboard")) {
            for (var button : row) {
                if (button.path("text").asText().equals(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        return null;
    }

    @Test
    void should_retry_after_telegrams_flood_limit() throws Exception {
        polling("jdbc:h2:mem:tg5;DB_CLOSE_DELAY=-1");
        api.failNextSends(1);
        api.queue(FakeBotApi.textUpdate(7, CHAT, "/pomoc"));
        api.await("sendmessage", body -> body.contains("/konsultant"));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (api.calls("sendmessage").size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, api.calls("sendmessage").size(), "one refused with 429, then sent again");
    }

    @Test
    void should_keep_the_chats_conversation_across_a_restart(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("kck");
        polling(url);
        api.queue(FakeBotApi.textUpdate(8, CHAT, "zgubiłem dowód"));
        api.await("sendmessage", body -> body.contains("utratę"));
        String before = conversationOf(CHAT);
        assistant.close();
        assistant = null;

        polling(url);
        api.queue(FakeBotApi.textUpdate(9, CHAT, "jak wyrobic dowod osobisty"));
        api.await("sendmessage", body -> body.contains("Wniosek o dowód osobisty"));
        assertEquals(before, conversationOf(CHAT));
        assertEquals(4, assistant.service().transcript(before).size());
    }

    @Test
    void should_register_moje_and_list_the_chats_reports_across_a_new_conversation() throws Exception {
        polling("jdbc:h2:mem:tg-moje;DB_CLOSE_DELAY=-1");
        FakeBotApi.Call commands = api.await("setmycommands", body -> body.contains("\"moje\""));
        assertTrue(commands.body().contains("Moje zgłoszenia i ich stan") && commands.body().contains("\"konsultant\"")
                && commands.body().contains("Zgłoś problem w przestrzeni publicznej"), commands.body());
        api.queue(FakeBotApi.textUpdate(20, CHAT, "/moje"));
        api.await("sendmessage", body -> body.contains("nie wysłano jeszcze żadnego zgłoszenia"));

        String first = conversationOf(CHAT);
        var filed = assistant.reports().repository().submit(new pl.krakow.kck.bot.reports.NewReport(first,
                pl.krakow.kck.bot.reports.NewReport.CHAT, assistant.reports().catalogue().find("oswietlenie").orElseThrow(),
                pl.krakow.kck.bot.reports.Location.address("Karmelicka 12"), "Nie świeci latarnia.", java.util.Map.of(), null,
                null, null, false), "tg-moje-1").report();
        api.queue(FakeBotApi.textUpdate(21, CHAT, "/start"));
        api.await("sendmessage", body -> body.contains("Jestem asystentem Krakowskiego Centrum Kontaktu"));
        api.queue(FakeBotApi.textUpdate(22, CHAT, "/moje"));
        FakeBotApi.Call list = api.await("sendmessage", body -> body.contains(filed.number()));
        assertTrue(list.body().contains("przyjęte, w realizacji"), list.body());
        assertTrue(!first.equals(conversationOf(CHAT)), "/start began a new conversation");
    }

    @Test
    void should_greet_in_the_users_telegram_language_and_keep_it_for_short_polish_names() throws Exception {
        polling("jdbc:h2:mem:tg-uk;DB_CLOSE_DELAY=-1");
        FakeBotApi.Call ukrainian = api.await("setmycommands", body -> body.contains("\"language_code\":\"uk\""));
        assertTrue(ukrainian.body().contains("\"consultant\"") && ukrainian.body().contains("Розмова з консультантом інфолінії"),
                ukrainian.body());
        api.queue(FakeBotApi.textUpdate(30, CHAT, "/start", "uk"));
        api.await("sendmessage", body -> body.contains("Я автоматичний асистент Краківського контакт-центру"));
        api.await("sendmessage", body -> body.contains("Я асистент Краківського контакт-центру"));
        api.queue(FakeBotApi.textUpdate(31, CHAT, "/consultant", "uk"));
        api.await("sendmessage", body -> body.contains("Передати розмову консультанту?") && body.contains("Так"));
        assertEquals(java.util.Optional.of(pl.krakow.kck.bot.language.Language.UK), assistant.service().language(conversationOf(CHAT)),
                "language_code is the new conversation's language");
    }

    private String conversationOf(long chat) throws Exception {
        try (Connection c = assistant.database().dataSource().getConnection();
             var select = c.prepareStatement("SELECT conversation_id FROM telegram_chat WHERE chat_id = ?")) {
            select.setLong(1, chat);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "chat " + chat + " has no conversation");
                return row.getString(1);
            }
        }
    }
}
