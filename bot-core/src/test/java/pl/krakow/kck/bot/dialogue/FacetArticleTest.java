package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.Database;

/**
 * A follow-up that asks a facet of the subject (who, where, when, how much) is answered from the subject's article
 * whose title asks it, in English, whose titles ask with the question words the residents use; what a follow-up
 * asks is what its question words ask first.
 */
class FacetArticleTest {

    private static LiveIndex index;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private Reply[] conversation(String... texts) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = ServedInLanguages.service(index, database);
            String id = service.start("web").id();
            Reply[] replies = new Reply[texts.length];
            for (int i = 0; i < texts.length; i++) {
                replies[i] = service.post(id, texts[i], null).orElseThrow().reply();
            }
            return replies;
        }
    }

    private static void assertAnsweredFrom(String article, Reply reply) {
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals(article, reply.article().id(), reply.text());
        assertEquals(Language.EN, reply.language());
    }

    @Test
    void should_read_the_facet_a_question_asks_first() {
        FollowUps english = FollowUps.of(Language.EN);

        assertEquals(Optional.of("place"), english.askedFacet("so where would I pay it?"));
        assertEquals(Optional.of("cost"), english.askedFacet("how much will I pay for that?"));
        assertEquals(Optional.of("hours"), english.askedFacet("till what time can I pay there?"));
        assertEquals(Optional.of("who"), english.askedFacet("Who may get a card like this?"));
        assertEquals(Optional.empty(), english.askedFacet("thanks a lot"));
    }

    @Test
    void should_tell_a_facet_from_titles_only_in_a_language_whose_titles_ask_with_question_words() {
        assertTrue(FollowUps.of(Language.EN).titled("who"));
        assertFalse(FollowUps.of(Language.PL).titled("who"));
        assertFalse(FollowUps.of(Language.UK).titled("place"));
    }

    @Test
    void should_answer_who_may_have_the_card_from_the_article_that_asks_who() {
        Reply[] replies = conversation("tell me about the Kraków Card", "and who is allowed to have one?");

        assertEquals("karta-krakowska", replies[0].article().topic());
        assertAnsweredFrom("karta-kto-moze-otrzymac", replies[1]);
    }

    @Test
    void should_answer_where_to_pay_the_zone_fee_from_the_article_that_asks_where() {
        Reply[] replies = conversation("my old diesel and the Clean Transport Zone: can I still drive in?", "ok, where can I pay then?");

        assertEquals("sct", replies[0].article().topic());
        assertAnsweredFrom("sct-gdzie-zaplacic", replies[1]);
    }

    @Test
    void should_answer_till_what_time_parking_is_paid_from_the_hours_not_the_rates() {
        Reply[] replies = conversation("how much is an hour of parking in the paid zone?", "and till what time must I pay?");

        assertEquals("parkowanie", replies[0].article().topic());
        assertAnsweredFrom("parking-godziny", replies[1]);
    }

    @Test
    void should_read_a_son_or_a_daughter_as_a_child_of_the_articles() {
        assertAnsweredFrom("dowod-dla-dziecka", conversation("my daughter needs her first ID card, how do we apply?")[0]);
    }

    @Test
    void should_read_selling_a_car_as_the_sale_the_articles_speak_of() {
        assertAnsweredFrom("pojazd-zgloszenie-sprzedazy", conversation("I am selling my car, do I have to report it?")[0]);
    }

    @Test
    void should_not_turn_to_the_clean_transport_zone_on_the_age_of_a_child() {
        Reply[] replies = conversation("who can vote in the Citizens' Budget?", "what about my 9 year old daughter?");

        assertEquals("budzet-obywatelski", replies[0].article().topic());
        assertFalse(replies[1].article() != null && replies[1].article().topic().equals("sct"), replies[1].text());
    }
}
