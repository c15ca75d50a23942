package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.Database;

/**
 * Which words of a follow-up turn the conversation to another topic (issue 12), over the real knowledge base and
 * its editions: a word that names a thing may, a verb never does ("а якщо не повідомлю?" after selling a car is
 * not the reports' "повідомити"), nor a noun of the language's no-topic list ("questions", "місто": the contact
 * centre's ways of asking use them most).
 */
class FollowUpTopicWordsTest {

    private static LiveIndex index;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private String topicsOf(String... turns) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = ServedInLanguages.service(index, database);
            String id = service.start("web").id();
            StringBuilder topics = new StringBuilder();
            for (String turn : turns) {
                Reply reply = service.post(id, turn, null).orElseThrow().reply();
                topics.append(reply.kind() == ReplyKind.ANSWER ? reply.article().topic() : reply.kind().name()).append(' ');
            }
            return topics.toString().strip();
        }
    }

    @Test
    void should_keep_the_subject_when_the_follow_up_names_only_a_verb_another_topic_uses_most() {
        assertEquals("pojazdy pojazdy", topicsOf("я продав машину, чи треба повідомити урзонд?", "а якщо я цього не повідомлю вчасно?"));
    }

    @Test
    void should_keep_the_subject_when_the_follow_up_names_only_a_noun_of_the_no_topic_list() {
        assertEquals("parkowanie parkowanie", topicsOf("how can I get a parking permit as a resident?", "is there a number for questions about it?"));
    }

    @Test
    void should_still_turn_to_the_subject_a_noun_names() {
        assertEquals("dowod-osobisty meldunek", topicsOf("czy po przeprowadzce trzeba wymienić dowód osobisty?", "a meldunek trzeba zmienić?"));
    }

    @Test
    void should_keep_the_subject_when_the_follow_up_takes_away_what_another_topic_names() {
        assertEquals("komunikacja komunikacja", topicsOf("яка ціна місячного квитка на всі лінії з Kartą Krakowską?", "а без карти?"));
    }

    @Test
    void should_turn_to_the_topic_a_modifier_names_by_its_name() {
        assertEquals("dowod-osobisty paszport", topicsOf("ile trzeba czekać na nowy dowód?", "a na paszport?"));
        assertEquals("dowod-osobisty paszport", topicsOf("скільки днів роблять посвідчення особи?", "а на паспорт?"));
    }
}
