package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.ArticleIndex;

/** A follow-up asking one thing of the subject goes to the subject's article titled with that question. */
class FacetTitlesTest {

    private static DialogueEngine engine;

    @BeforeAll
    static void build() {
        ArticleIndex index = Fixtures.corpusIndex();
        engine = new DialogueEngine(() -> index, new AnswerPolicy());
    }

    /** The article of each reply, the turns read one after another as one conversation. */
    private static List<String> articles(String... turns) {
        DialogueState state = DialogueState.EMPTY;
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (String turn : turns) {
            DialogueEngine.Turn next = engine.turn(turn, null, List.of(), state);
            ids.add(next.reply().article() == null ? next.reply().kind().wire() : next.reply().article().id());
            state = next.state();
        }
        return ids;
    }

    @Test
    void should_answer_when_from_the_article_titled_with_the_deadline_not_the_one_on_how_and_what_to_bring() {
        List<String> ids = articles("Zmarła nam babcia. Jak zgłosić jej zgon w urzędzie?", "a w jakim terminie należy to załatwić?");
        assertEquals("usc-termin-zgloszenia-zgonu", ids.get(1), ids.toString());
    }

    @Test
    void should_answer_the_penalty_from_the_article_titled_with_it() {
        List<String> ids = articles("kupiłam auto od znajomego, ile mam dni na rejestrację?", "a jak się spóźnię, jaka kara?");
        assertEquals("pojazd-kara-spoznienie-rejestracji", ids.get(1), ids.toString());
    }

    @Test
    void should_keep_the_article_when_the_one_titled_with_the_question_is_about_a_wider_matter() {
        // "Ile kosztuje ślub cywilny?" names the wedding, not the certificate the conversation is about
        List<String> ids = articles("jak dostać zaświadczenie potrzebne do ślubu za granicą?", "a ile to kosztuje?");
        assertEquals("usc-slub-za-granica-zaswiadczenie", ids.get(1), ids.toString());
    }

    @Test
    void should_answer_a_waiting_resident_asking_when_you_work_from_the_infoline_article_titled_with_its_hours() {
        // while a resident waits for a consultant the contact centre is the subject, on no article of it
        DialogueState waiting = DialogueState.EMPTY.withTopic("kck-kontakt",
                pl.krakow.kck.bot.text.Messages.text(pl.krakow.kck.bot.text.Lang.PL, "handoff.subject-words"));
        for (String asked : new String[] {"a w jakich godzinach pracujecie?", "do której działacie?"}) {
            DialogueEngine.Turn turn = engine.turn(asked, null, List.of(), waiting);
            assertEquals(ReplyKind.ANSWER, turn.reply().kind(), asked + ": " + turn.reply().text());
            assertEquals("kck-infolinia-numer-godziny", turn.reply().article().id(), asked);
        }
    }

    @Test
    void should_read_a_question_when_you_work_as_asking_the_hours() {
        FollowUps polish = new FollowUps();
        assertEquals(java.util.Optional.of("hours"), polish.facetOf("a w jakich godzinach pracujecie?"));
        assertEquals(java.util.Optional.of("hours"), polish.facetOf("czy jutro działacie?"));
        assertEquals(java.util.Optional.of("hours"), FollowUps.of(pl.krakow.kck.bot.language.Language.UK).facetOf("до котрої ви працюєте?"));
        assertEquals(java.util.Optional.empty(), polish.facetOf("pracuję za granicą, czy muszę się wymeldować?"), "the resident's own work asks no hours");
    }
}
