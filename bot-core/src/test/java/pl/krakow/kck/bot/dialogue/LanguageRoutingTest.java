package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.LiveIndex;

/** A resident's turns in several languages, through the routing the service uses. */
class LanguageRoutingTest {

    private static LiveIndex index;
    private final Map<String, Language> stored = new HashMap<>();
    private LanguageRouting routing;

    @BeforeAll
    static void open() throws IOException {
        index = LiveIndex.open(Fixtures.knowledgeBaseFolder(), Fixtures.ANALYZER);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private Optional<Reply> say(String text) {
        if (routing == null) {
            routing = Multilingual.routing(index, new LanguageRouting.Store() {
                @Override
                public Optional<Language> find(String id) {
                    return Optional.ofNullable(stored.get(id));
                }

                @Override
                public void save(String id, Language language) {
                    stored.put(id, language);
                }
            }, new AnswerPolicy(), ConversationFlow.NONE);
        }
        return routing.reply("c1", text, null, List.of());
    }

    @Test
    void should_answer_a_ukrainian_resident_from_the_ukrainian_edition_and_keep_the_language_for_ok() {
        Reply reply = say("загубив dowód osobisty, що робити?").orElseThrow();
        assertEquals(ReplyKind.ANSWER, reply.kind());
        assertEquals(Language.UK, reply.language());
        assertTrue(reply.text().startsWith("Повідомте про втрату"), reply.text());
        assertEquals(Language.UK, stored.get("c1"));

        say("ok");
        assertEquals(Language.UK, stored.get("c1"));
    }

    @Test
    void should_say_in_the_residents_language_when_an_article_is_not_translated_yet() {
        Reply reply = say("how do I get into the SCT clean transport zone with my car").orElseThrow();
        assertEquals(Language.EN, reply.language());
        if (reply.kind() == ReplyKind.ANSWER) {
            assertTrue(reply.text().startsWith("This article is not available in English yet"), reply.text());
        } else {
            assertTrue(reply.text().startsWith("Sorry") || reply.text().startsWith("I'm not sure") || reply.text().startsWith("Is it"),
                    reply.text());
        }
    }

    @Test
    void should_answer_russian_with_the_languages_served_and_the_infoline_never_an_article() {
        Reply reply = say("Потерял паспорт, что делать?").orElseThrow();
        assertEquals(ReplyKind.FALLBACK, reply.kind());
        assertTrue(reply.text().contains("українською") && reply.text().contains("English") && reply.text().contains("12 616 55 55"),
                reply.text());
        assertEquals(null, reply.article());
    }

    @Test
    void should_leave_polish_turns_to_the_polish_flow_and_engine() {
        assertTrue(say("zgubiłem dowód osobisty").isEmpty());
        assertEquals(Language.PL, stored.get("c1"));
    }
}
