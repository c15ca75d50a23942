package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** A resident who vents asks the question all the same: the venting is left out of what is searched. */
class OutburstsTest {

    private final LeadIns polish = LeadIns.of(Language.PL);

    @Test
    void should_search_the_question_without_the_words_that_only_vent() {
        assertEquals("dostałem opłatę dodatkową ze strefy, 250 zł za pięć minut,",
                polish.strip("dostałem opłatę dodatkową ze strefy, 250 zł za pięć minut, to jakiś żart"));
        assertEquals("czemu nie mogę wjechać starym golfem??", polish.strip("czemu nie mogę wjechać starym golfem?? skandal"));
        assertEquals("ile kosztuje parking na Kazimierzu?", polish.strip("kpina! ile kosztuje parking na Kazimierzu?"));
        assertEquals("ile kosztuje parking?", polish.strip("dobra, żenada, ile kosztuje parking?"));
    }

    @Test
    void should_leave_a_message_made_only_of_venting_or_without_it_as_it_is() {
        assertEquals("skandal!", polish.strip("skandal!"));
        assertEquals("opowiedz mi żart", polish.strip("opowiedz mi żart"));
        assertEquals("jak wyciąć chore drzewo?", polish.strip("jak wyciąć chore drzewo?"));
    }

    @Test
    void should_answer_the_surcharge_question_of_a_resident_who_calls_it_a_joke_not_refuse_to_tell_jokes() {
        DialogueEngine engine = new DialogueEngine(Fixtures::corpusIndex, new AnswerPolicy());
        Reply reply = engine.reply("dostałem za wycieraczką opłatę dodatkową ze strefy, 250 zł za pięć minut, to jakiś żart", null, List.of());
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("parkowanie", reply.article().topic());
    }
}
