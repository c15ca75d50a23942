package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.Database;

/**
 * Follow-up questions in Ukrainian and English over the real knowledge base and its editions, turn by turn
 * through AssistantService with the language routing as the service wires it (issues 12 and 13): the
 * conversation keeps its subject in every language, across a restart and across a change of language, and a
 * follow-up with nothing before it is asked about rather than guessed.
 */
class MultilingualFollowUpsTest {

    private static LiveIndex index;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    /** The service as {@code ./kck serve} wires its turns, over a database file that outlives a "restart". */
    private static AssistantService service(Database database) {
        return ServedInLanguages.service(index, database);
    }

    private Database database() {
        return Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null);
    }

    private static Reply say(AssistantService service, String conversation, String text) {
        return service.post(conversation, text, null).orElseThrow().reply();
    }

    private static void assertAnsweredOn(String topic, Language language, Reply reply) {
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals(topic, reply.article().topic(), reply.article().id());
        assertEquals(language, reply.language());
    }

    @Test
    void should_keep_the_meldunek_in_a_ukrainian_conversation_when_the_resident_asks_what_it_costs() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("meldunek", Language.UK, say(service, id, "Як оформити мельдунек у Кракові?"));
            assertAnsweredOn("meldunek", Language.UK, say(service, id, "а скільки це коштує?"));
            assertAnsweredOn("meldunek", Language.UK, say(service, id, "а можна це зробити онлайн?"));
        }
    }

    @Test
    void should_read_where_it_is_done_as_a_question_of_the_ukrainian_subject_not_of_the_verb() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();
            assertAnsweredOn("meldunek", Language.UK, say(service, id, "Як оформити мельдунек у Кракові?"));
            assertAnsweredOn("meldunek", Language.UK, say(service, id, "а де це робиться?"));

            String other = service.start("web").id();
            Reply first = say(service, other, "хочу обміняти іноземне prawo jazdy на польське, з чого почати?");
            Reply where = say(service, other, "де це робиться?");
            assertTrue(where.kind() != ReplyKind.ANSWER || where.article().topic().equals("prawo-jazdy"),
                    first.kind() + " then " + where.kind() + " " + (where.article() == null ? "" : where.article().id()));
        }
    }

    @Test
    void should_keep_the_address_registration_in_an_english_conversation_through_cost_and_online() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("meldunek", Language.EN, say(service, id, "how do I register my address (meldunek) in Krakow?"));
            assertAnsweredOn("meldunek", Language.EN, say(service, id, "how much does it cost?"));
            assertAnsweredOn("meldunek", Language.EN, say(service, id, "can I do it online?"));
        }
    }

    @Test
    void should_ask_what_a_first_question_without_a_subject_is_about_in_ukrainian_and_english() {
        try (Database database = database()) {
            AssistantService service = service(database);

            Reply ukrainian = say(service, service.start("web").id(), "а скільки це коштує?");
            assertEquals(ReplyKind.CLARIFY, ukrainian.kind(), ukrainian.text());
            assertNull(ukrainian.article());
            assertEquals(Language.UK, ukrainian.language());

            Reply english = say(service, service.start("web").id(), "how much does it cost?");
            assertEquals(ReplyKind.CLARIFY, english.kind(), english.text());
            assertNull(english.article());
            assertEquals(Language.EN, english.language());
        }
    }

    @Test
    void should_answer_the_matter_a_resident_names_after_being_asked_what_the_cost_question_is_about() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals(ReplyKind.CLARIFY, say(service, id, "how much does it cost?").kind());
            Reply passport = say(service, id, "a passport");
            assertAnsweredOn("paszport", Language.EN, passport);
        }
    }

    @Test
    void should_answer_what_was_asked_of_the_matter_a_resident_names_in_several_words_after_being_asked_which() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals(ReplyKind.CLARIFY, say(service, id, "how long does it take?").kind());
            Reply passport = say(service, id, "a new passport");
            assertAnsweredOn("paszport", Language.EN, passport);
            assertEquals("paszport-czas-oczekiwania", passport.article().id(), "how long it takes, asked before the matter was named");
        }
    }

    @Test
    void should_keep_asking_the_cost_when_the_resident_turns_from_a_passport_to_a_driving_licence() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("paszport", Language.EN, say(service, id, "how much is a passport?"));
            Reply licence = say(service, id, "and a driving licence?");
            assertAnsweredOn("prawo-jazdy", Language.EN, licence);
            assertEquals("prawojazdy-oplata", licence.article().id(), "the cost, as of the passport");
        }
    }

    @Test
    void should_stay_on_the_article_of_the_conversation_when_no_article_of_the_subject_holds_what_the_follow_up_says() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("karta-krakowska", Language.EN, say(service, id, "I need to renew my Karta Krakowska, I am not registered in Krakow"));
            Reply early = say(service, id, "can I do it early?");
            assertAnsweredOn("karta-krakowska", Language.EN, early);
            assertEquals("karta-przedluzenie", early.article().id(), "the renewal, not who may have the card (the words said before)");
        }
    }

    @Test
    void should_read_a_week_as_the_seven_days_of_the_fare_surcharge() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("komunikacja", Language.EN, say(service, id, "I was fined for riding the tram without a ticket, what is the penalty?"));
            Reply week = say(service, id, "and within one week?");
            assertEquals("mpk-kara-za-brak-biletu", week.article().id(), week.text());
            assertTrue(week.text().contains("225"), week.text());
        }
    }

    @Test
    void should_turn_to_a_thing_named_before_as_a_condition_when_the_resident_asks_how_to_get_it() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("komunikacja", Language.EN, say(service, id, "how much is a monthly tram ticket with the Karta Krakowska?"));
            assertAnsweredOn("karta-krakowska", Language.EN, say(service, id, "how can I get a Karta Krakowska?"));
        }
    }

    @Test
    void should_keep_the_subject_when_the_resident_asks_about_showing_an_own_document_named_there_for_the_first_time() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("usc", Language.EN, say(service, id, "where do we register our baby's birth?"));
            assertAnsweredOn("usc", Language.EN, say(service, id, "will my ID card in the mObywatel app be enough?"));
        }
    }

    @Test
    void should_keep_the_karta_krakowska_when_the_resident_says_he_has_no_pesel_which_the_budget_articles_name_most() {
        for (String noPesel : List.of("what if I do not have a PESEL number?", "I have no PESEL number, is that a problem?")) {
            try (Database database = database()) {
                AssistantService service = service(database);
                String id = service.start("web").id();

                assertAnsweredOn("karta-krakowska", Language.EN, say(service, id, "can a foreigner get the Karta Krakowska?"));
                Reply reply = say(service, id, noPesel);
                assertAnsweredOn("karta-krakowska", Language.EN, reply);
                assertEquals("karta-jak-wyrobic", reply.article().id(), noPesel + ": the application without a PESEL");
            }
        }
    }

    @Test
    void should_turn_to_the_passport_with_the_same_question_in_english() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("dowod-osobisty", Language.EN, say(service, id, "how much does an ID card cost?"));
            Reply passport = say(service, id, "and what about a passport?");
            assertAnsweredOn("paszport", Language.EN, passport);
            assertTrue(passport.text().matches("(?s).*(zł|PLN|fee).*"), passport.text());
        }
    }

    @Test
    void should_keep_the_subject_of_a_ukrainian_conversation_across_a_restart() {
        String id;
        try (Database database = database()) {
            AssistantService service = service(database);
            id = service.start("web").id();
            assertAnsweredOn("pojazdy", Language.UK, say(service, id, "як зареєструвати автомобіль у Кракові?"));
        }
        try (Database database = database()) {
            assertAnsweredOn("pojazdy", Language.UK, say(service(database), id, "а скільки часу на це є?"));
        }
    }

    @Test
    void should_keep_the_subject_of_an_english_conversation_across_a_restart() {
        String id;
        try (Database database = database()) {
            AssistantService service = service(database);
            id = service.start("web").id();
            assertAnsweredOn("paszport", Language.EN, say(service, id, "I need a new passport, where do I apply?"));
        }
        try (Database database = database()) {
            assertAnsweredOn("paszport", Language.EN, say(service(database), id, "how long does it take?"));
        }
    }

    @Test
    void should_keep_the_subject_when_the_resident_changes_language_mid_conversation() {
        try (Database database = database()) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertAnsweredOn("meldunek", Language.UK, say(service, id, "Як оформити мельдунек у Кракові?"));
            assertAnsweredOn("meldunek", Language.EN, say(service, id, "how much does it cost?"));
            assertAnsweredOn("meldunek", Language.PL, say(service, id, "a ile się na to czeka?"));
        }
    }

    @Test
    void should_answer_a_death_in_the_family_told_in_english_with_sympathy_and_the_matters() {
        try (Database database = database()) {
            AssistantService service = service(database);
            Reply reply = say(service, service.start("web").id(), "my father died yesterday, what do I have to take care of?");

            assertEquals(Language.EN, reply.language());
            assertTrue(reply.text().startsWith("I am very sorry for your loss."), reply.text());
            assertTrue(reply.options().size() >= 3, reply.options().toString());
        }
    }

    @Test
    void should_answer_a_move_told_in_ukrainian_with_good_wishes_and_the_matters() {
        try (Database database = database()) {
            AssistantService service = service(database);
            Reply reply = say(service, service.start("web").id(), "ми переїжджаємо, що тепер треба зробити?");

            assertEquals(Language.UK, reply.language());
            assertTrue(reply.text().startsWith("Успіхів на новому місці!"), reply.text());
            assertTrue(reply.options().size() >= 3, reply.options().toString());
        }
    }
}
