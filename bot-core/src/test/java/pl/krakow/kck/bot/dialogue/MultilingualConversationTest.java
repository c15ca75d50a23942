package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.retrieval.LiveIndex;

/**
 * Residents writing in Ukrainian and English, turn by turn through AssistantService as the channels run it
 * (language routing, the report form with the translated category catalogue, the handoff): everything they
 * read is in their language, what is filed stays the city's Polish.
 */
class MultilingualConversationTest {

    private static LiveIndex index;
    private static CategoryCatalogue catalogue;

    private final ServedDesk desk = new ServedDesk(index, catalogue);

    @BeforeAll
    static void open() throws IOException, CatalogueException {
        index = LiveIndex.open(Fixtures.knowledgeBaseFolder(), Fixtures.ANALYZER);
        catalogue = ServedDesk.catalogue();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void should_answer_a_question_asked_in_the_middle_of_a_report_in_the_residents_language() {
        ServedDesk.Resident resident = desk.resident();
        resident.says("Хочу повідомити про проблему");
        Reply place = resident.says(resident.option("Ліхтар не світить або пошкоджений"));
        assertTrue(place.text().startsWith("Де це?"), place.text());

        Reply answer = resident.says("Що робити, якщо я загубив посвідчення особи?");

        assertEquals(Language.UK, answer.language());
        assertTrue(answer.text().contains("Повідомте про втрату посвідчення особи"), "from the Ukrainian edition: " + answer.text());
        assertTrue(answer.text().contains("Де це?"), "and the report's question again: " + answer.text());
    }

    @Test
    void should_take_a_report_in_ukrainian_and_file_it_under_the_citys_polish_category() {
        ServedDesk.Resident resident = desk.resident();
        Reply opened = resident.says("Хочу повідомити про проблему");
        assertEquals(ReplyKind.REPORT, opened.kind(), opened.text());
        assertEquals(Language.UK, opened.language());
        assertTrue(opened.text().startsWith("Прийму повідомлення про проблему"), opened.text());
        assertTrue(opened.text().contains("Чого стосується повідомлення? Виберіть категорію."), opened.text());

        Reply place = resident.says(resident.option("Ліхтар не світить або пошкоджений"));
        assertTrue(place.text().startsWith("Де це?"), place.text());
        Reply description = resident.says("Karmelicka 12");
        assertTrue(description.text().startsWith("Коротко опишіть проблему"), description.text());
        Reply howMany = resident.says("Ліхтар не світить уже третій день, на тротуарі зовсім темно");
        assertTrue(howMany.text().contains("Скільки ліхтарів не працює?"), howMany.text());
        assertEquals(List.of("Один", "Кілька", "Уся ділянка вулиці"), howMany.options().stream().map(Reply.Option::label).toList());
        resident.says("1");
        Reply next = resident.last;
        while (!next.text().contains("Перевірте повідомлення") && next.options().stream().anyMatch(o -> o.label().equals("Пропустити"))) {
            next = resident.says("пропустити");
        }
        assertTrue(next.text().contains("Перевірте повідомлення перед відправленням"), next.text());
        assertTrue(next.text().contains("- Категорія: Ліхтар не світить або пошкоджений"), next.text());
        assertTrue(next.text().contains("Karmelicka 12"), next.text());

        Reply filed = resident.says("надіслати");
        assertTrue(filed.text().startsWith("Ми прийняли повідомлення **KRK-2026-"), filed.text());
        assertEquals(Language.UK, filed.language());
        Report report = desk.reports.find(filed.text().replaceAll("(?s).*\\*\\*(KRK-[0-9-]+)\\*\\*.*", "$1")).orElseThrow();
        assertEquals("oswietlenie", report.serviceCode());
        assertEquals("Nieświecąca lub uszkodzona latarnia", report.serviceName(), "the city's systems get the Polish name");
    }

    @Test
    void should_offer_and_run_a_handoff_in_english_up_to_the_consultants_goodbye() {
        ServedDesk.Resident resident = desk.resident();
        Reply offer = resident.says("I want to talk to a consultant please");
        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
        assertEquals(Language.EN, offer.language());
        assertTrue(offer.text().startsWith("Of course, I can pass this conversation on to a consultant"), offer.text());
        assertTrue(offer.text().endsWith("Shall I pass the conversation on to a consultant?"), offer.text());
        assertEquals(List.of("Yes", "No"), offer.options().stream().map(Reply.Option::label).toList());

        Reply queued = resident.says("yes");
        assertTrue(queued.text().startsWith("I'm passing the conversation on to a consultant. You are number 1 in the queue"),
                queued.text());
        long caseId = desk.cases.openFor(resident.id).orElseThrow().id();
        assertTrue(desk.handoffs.accepted(caseId, "anna", "Anna"));
        assertEquals("You are now connected with a consultant of the Kraków Contact Centre: Anna. From now on a person is answering.",
                resident.lastMessage());
        assertTrue(desk.handoffs.completed(caseId, "anna", Resolution.INFORMED));
        assertTrue(resident.lastMessage().startsWith("The consultant has ended the conversation."), resident.lastMessage());
    }

    @Test
    void should_take_polish_answer_words_from_a_ukrainian_resident_too() {
        ServedDesk.Resident resident = desk.resident();
        Reply offer = resident.says("Хочу поговорити з консультантом");
        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
        assertTrue(offer.text().endsWith("Передати розмову консультанту?"), offer.text());
        Reply declined = resident.says("nie");
        assertTrue(declined.text().startsWith("Добре, продовжуємо розмову зі мною."), declined.text());
    }

    @Test
    void should_answer_russian_with_the_languages_served_and_the_infoline() {
        Reply reply = desk.resident().says("Здравствуйте, где можно получить паспорт в Кракове?");
        assertEquals(ReplyKind.FALLBACK, reply.kind());
        assertTrue(reply.text().startsWith("Вибачте, я відповідаю польською, українською та англійською"), reply.text());
        assertTrue(reply.text().contains("Sorry, I answer in Polish, Ukrainian and English"), reply.text());
        assertTrue(reply.text().contains("12 616 55 55 (пн–пт 7:40–15:30)"), reply.text());
        assertTrue(reply.text().contains("12 616 55 55 (Mon–Fri 7:40–15:30)"), reply.text());
    }
}
