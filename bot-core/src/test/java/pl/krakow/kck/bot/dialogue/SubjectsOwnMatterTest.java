package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Another institution named in a follow-up that the subject's own article speaks of is asked of the subject, not
 * referred to that institution; its own matter still is.
 */
class SubjectsOwnMatterTest {

    private final CorpusConversation conversation = new CorpusConversation();

    @AfterEach
    void close() {
        conversation.close();
    }

    @Test
    void should_answer_what_a_copy_for_zus_costs_from_the_copy_not_refer_to_zus() {
        assertEquals("usc", conversation.topicOf("potrzebuję odpis aktu urodzenia do sprawy spadkowej, ile kosztuje?"));
        Reply reply = conversation.post("a jakbym potrzebował do ZUS?");
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("usc", reply.article().topic());
    }

    @Test
    void should_answer_whether_filing_pit_elsewhere_changes_the_residents_exemption_from_the_zone() {
        assertEquals("sct", conversation.topicOf("jestem zameldowany w krakowie i mam stare auto benzynowe z 2001, czy moge jezdzic w sct"));
        Reply reply = conversation.post("a PIT rozliczam w Wieliczce bo tam pracuje, to cos zmienia?");
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("sct", reply.article().topic());
    }

    @Test
    void should_still_refer_the_other_institutions_own_matter_though_the_subjects_article_names_the_institution() {
        assertEquals("usc", conversation.topicOf("potrzebuję odpis aktu urodzenia do sprawy spadkowej, ile kosztuje?"));
        Reply reply = conversation.post("a zasilek macierzynski z ZUS jak dostac?");
        assertEquals(ReplyKind.FALLBACK, reply.kind(), reply.text());
    }
}
