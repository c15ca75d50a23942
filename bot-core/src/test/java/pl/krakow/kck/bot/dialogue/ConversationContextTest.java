package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/** Conversations over the real knowledge base: follow-ups stay on the subject, a new subject is a new subject. */
class ConversationContextTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = Fixtures.corpusIndex();
    }

    private static AssistantService service(Database database) {
        return new AssistantService(new ConversationRepository(database, Clock.systemUTC()),
                new DialogueEngine(() -> index, new AnswerPolicy()), new ConversationEvents());
    }

    private static Reply say(AssistantService service, String conversation, String text) {
        return service.post(conversation, text, null).orElseThrow().reply();
    }

    @Test
    void should_answer_follow_ups_about_the_lost_id_card_from_the_id_card_topic(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals("dowod-osobisty", say(service, id, "zgubiłem dowód co teraz").article().topic());
            Reply cost = say(service, id, "a ile to kosztuje?");
            assertEquals(ReplyKind.ANSWER, cost.kind());
            assertEquals("dowod-osobisty", cost.article().topic());
            assertEquals("dowod-osobisty", say(service, id, "a ile się czeka?").article().topic());
        }
    }

    @Test
    void should_answer_a_question_that_names_its_subject_on_its_own_within_the_same_topic(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            String lost = say(service, id, "zgubiłem dowód").article().id();
            Reply application = say(service, id, "jak wyrobic dowod osobisty");

            assertEquals("dowod-osobisty", application.article().topic());
            org.junit.jupiter.api.Assertions.assertNotEquals(lost, application.article().id(),
                    "the earlier question's words do not drag a question of its own back to the lost-card article");
        }
    }

    @Test
    void should_turn_to_the_subject_an_a_opening_names_however_long_the_question(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();
            assertEquals("dowod-osobisty", say(service, id, "ukradli mi dowód osobisty").article().topic());
            assertEquals("paszport", say(service, id, "a paszport ile się robi?").article().topic());
        }
    }

    @Test
    void should_answer_a_one_word_qualifier_from_the_article_it_qualifies(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            String copy = say(service, id, "ile kosztuje odpis zupełny aktu urodzenia?").article().id();
            Reply shortened = say(service, id, "a skrócony?");

            assertEquals(ReplyKind.ANSWER, shortened.kind());
            assertEquals(copy, shortened.article().id(), "the shortened copy, not the shortened wait for a wedding");
        }
    }

    @Test
    void should_turn_to_the_article_a_qualifier_names_in_its_title(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            String trees = say(service, id, "czy potrzebuję zezwolenia na wycięcie drzewa?").article().id();
            Reply shrubs = say(service, id, "a krzaki?");

            assertEquals("zielen", shrubs.article().topic());
            org.junit.jupiter.api.Assertions.assertNotEquals(trees, shrubs.article().id(), "the shrubs have an article of their own");
        }
    }

    @Test
    void should_give_the_phone_number_of_the_subject_not_another_topics_numbers(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals("paszport", say(service, id, "gdzie złożyć wniosek o paszport?").article().topic());
            Reply phone = say(service, id, "a numer telefonu?");

            assertEquals(ReplyKind.ANSWER, phone.kind());
            assertEquals("paszport", phone.article().topic());
            assertTrue(phone.text().contains("12 448 34 00"), phone.text());
        }
    }

    @Test
    void should_not_give_up_on_a_new_question_that_opens_with_words_that_only_frame_it(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals("pojazdy", say(service, id, "jak wymienić dowód rejestracyjny po zmianie adresu").article().topic());
            Reply noise = say(service, id, "dobra, a jak zgłosić hałasującego sąsiada w nocy?");

            assertTrue(noise.kind() == ReplyKind.ANSWER || noise.kind() == ReplyKind.CLARIFY, noise.kind() + ": " + noise.text());
            String about = noise.article() != null ? noise.article().id() : noise.options().getFirst().id();
            assertTrue(about.contains("zglos-halas"), about);
        }
    }

    @Test
    void should_answer_a_misspelt_follow_up_from_the_subject_after_several_questions_on_it(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals("usc", say(service, id, "ile kosztuje ślub cywliny w krakowie").article().topic());
            assertEquals("usc", say(service, id, "a w plenerze poza urzędęm?").article().topic());
            assertEquals("usc", say(service, id, "ile przed ślubem trzeba złożyć papiry").article().topic());
            Reply witnesses = say(service, id, "a świadkowie potrzebi?");

            assertEquals(ReplyKind.ANSWER, witnesses.kind(), witnesses.text());
            assertEquals("usc-slub-cywilny-formalnosci", witnesses.article().id());
        }
    }

    @Test
    void should_answer_a_misspelt_follow_up_from_the_topic_of_the_misspelt_question_before_it(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            Reply app = say(service, id, "jak sie nazywa apka miatsa krakowa");
            assertEquals("kck-kontakt", app.article().topic(), app.text());
            Reply infoline = say(service, id, "a infolnia jest całodobowa?");

            assertEquals(ReplyKind.ANSWER, infoline.kind(), infoline.text());
            assertEquals("kck-kontakt", infoline.article().topic());
            assertTrue(infoline.text().contains("7:40–15:30"), infoline.text());
        }
    }

    @Test
    void should_keep_to_the_topic_of_a_clarifying_question_and_ask_rather_than_answer_from_another(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            Reply which = say(service, id, "karta krakowska dla seniora");
            assertEquals(ReplyKind.CLARIFY, which.kind());
            Reply waiting = say(service, id, "a długo się czeka?");

            // the passport's waiting time answered this before: the words name no other subject
            assertTrue(waiting.kind() != ReplyKind.ANSWER || waiting.article().topic().equals("karta-krakowska"),
                    waiting.kind() + " " + waiting.article());
            if (waiting.kind() == ReplyKind.CLARIFY) {
                assertTrue(waiting.options().getFirst().id().startsWith(DialogueEngine.ARTICLE_OPTION + "karta-"), waiting.options().toString());
            }
        }
    }

    @Test
    void should_not_let_the_estate_a_resident_lives_in_count_against_the_answer_but_keep_other_towns_unanswered() {
        DialogueEngine engine = new DialogueEngine(() -> index, new AnswerPolicy());

        Reply card = engine.reply("gdzie wyrobić Kartę Krakowską, mieszkam w Czyrzynach", null, java.util.List.of());
        assertEquals(ReplyKind.ANSWER, card.kind(), card.text());
        assertEquals("karta-krakowska", card.article().topic());
        for (String elsewhere : java.util.List.of("Kiedy jest odbiór śmieci w Wieliczce?", "Ile kosztuje godzina parkowania na Mokotowie w Warszawie?")) {
            assertTrue(engine.reply(elsewhere, null, java.util.List.of()).kind() != ReplyKind.ANSWER, elsewhere);
        }
    }

    @Test
    void should_read_an_estate_typed_without_capitals_or_polish_letters_as_where_the_resident_lives() {
        DialogueEngine engine = new DialogueEngine(() -> index, new AnswerPolicy());

        Reply office = engine.reply("mieszkam w bienczycach, do ktorego budynku urzedu miasta mam jezdzic", null, java.util.List.of());
        assertEquals(ReplyKind.ANSWER, office.kind(), office.text());
        assertEquals("urzad-adresy", office.article().topic());
        Reply elsewhere = engine.reply("kiedy jest odbior smieci w wieliczce", null, java.util.List.of());
        assertTrue(elsewhere.kind() != ReplyKind.ANSWER, "another town the dictionary knows stays unanswered: " + elsewhere.text());
    }

    @Test
    void should_keep_the_subject_across_a_restart(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("kck");
        String id;
        try (Database database = Database.open(url, "", "", null)) {
            AssistantService service = service(database);
            id = service.start("web").id();
            assertEquals("pojazdy", say(service, id, "jak zarejestrować samochód").article().topic());
        }
        try (Database database = Database.open(url, "", "", null)) {
            Reply time = say(service(database), id, "a ile mam na to czasu?");
            assertEquals(ReplyKind.ANSWER, time.kind());
            assertEquals("pojazdy", time.article().topic());
        }
    }

    @Test
    void should_take_a_new_subject_with_the_same_facet(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals("dowod-osobisty", say(service, id, "ile kosztuje dowód osobisty?").article().topic());
            Reply passport = say(service, id, "a paszport?");
            assertEquals("paszport", passport.article().topic());
            assertTrue(passport.text().matches("(?s).*(zł|opłat).*"), passport.text());
        }
    }

    @Test
    void should_ask_what_a_question_without_a_subject_is_about(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            Reply which = say(service, id, "ile kosztuje?");
            assertEquals(ReplyKind.CLARIFY, which.kind());
            assertNull(which.article());
            Reply passport = say(service, id, "paszport");
            assertEquals(ReplyKind.ANSWER, passport.kind(), "the reply to the question names the subject");
            assertEquals("paszport", passport.article().topic());
            assertEquals(ReplyKind.CLARIFY, say(service, service.start("web").id(), "parking").kind(), "a lone word, nothing before");
        }
    }

    @Test
    void should_read_a_reply_to_a_clarifying_question_with_the_word_it_clarifies(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals(ReplyKind.CLARIFY, say(service, id, "dowód").kind());
            Reply car = say(service, id, "osobisty");
            assertEquals(ReplyKind.ANSWER, car.kind());
            assertEquals("dowod-osobisty", car.article().topic());
        }
    }

    @Test
    void should_answer_thanks_and_who_are_you_as_small_talk(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = service(database);
            String id = service.start("web").id();

            assertEquals(ReplyKind.SMALLTALK, say(service, id, "ok dzięki").kind());
            assertEquals(ReplyKind.SMALLTALK, say(service, id, "dzięki, miłego dnia!").kind());
            assertEquals(ReplyKind.SMALLTALK, say(service, id, "cześć, mam pytanie").kind());
            assertTrue(say(service, id, "kim jesteś?").text().contains("asystentem"));
            assertEquals(ReplyKind.SMALLTALK, say(service, id, "a ty w ogóle jesteś człowiekiem czy automatem?").kind());
        }
    }

    @Test
    void should_not_take_a_district_of_krakow_for_another_town() {
        Reply reply = new DialogueEngine(() -> index, new AnswerPolicy()).reply("jak zameldować syna na Nowej Hucie?", null,
                java.util.List.of());
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("meldunek", reply.article().topic());
    }
}
