package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReplyPartsTest {

    private static final String LONG = """
            Zgon zgłasza się w urzędzie stanu cywilnego w ciągu 3 dni.

            Zabierz:

            - kartę zgonu,
            - swój dokument tożsamości.

            %s

            **Gdzie załatwić:** ul. Lubelska 27.""".formatted("Sprawę załatwia się od ręki, a w skomplikowanych przypadkach dłużej. ".repeat(5).strip());

    private static Reply answer(String text, List<Reply.Option> options) {
        return new Reply(ReplyKind.ANSWER, text, new Reply.ArticleRef("usc-zgloszenie-zgonu", "Jak zgłosić zgon?", "usc"),
                List.of(), options, List.of(), 0.9);
    }

    @Test
    void should_show_the_first_paragraphs_with_the_list_they_introduce_and_put_the_rest_behind_more() {
        ReplyParts parts = ReplyParts.of(answer(LONG, List.of()));
        assertEquals("Jak zgłosić zgon?", parts.title());
        assertTrue(parts.split());
        assertTrue(parts.essential().startsWith("Zgon zgłasza się"), parts.essential());
        assertTrue(parts.essential().endsWith("- swój dokument tożsamości."), "the list stays with its intro: " + parts.essential());
        assertTrue(parts.more().startsWith("Sprawę załatwia się"), parts.more());
        assertTrue(parts.more().endsWith("ul. Lubelska 27."), parts.more());
    }

    @Test
    void should_show_a_short_answer_whole() {
        ReplyParts parts = ReplyParts.of(answer("Zaświadczenie jest bezpłatne.\n\nDostaniesz je od razu.", List.of()));
        assertFalse(parts.split());
        assertEquals("Zaświadczenie jest bezpłatne.\n\nDostaniesz je od razu.", parts.essential());
    }

    @Test
    void should_neither_title_nor_split_what_is_not_an_articles_text() {
        assertNull(ReplyParts.of(answer(LONG, List.of(new Reply.Option("article:x", "X")))).title(), "a life event's matters");
        Reply fallback = new Reply(ReplyKind.FALLBACK, LONG, null, List.of(), List.of(), List.of(), 0);
        assertFalse(ReplyParts.of(fallback).split());
        assertNull(ReplyParts.of(fallback).title());
    }

    @Test
    void should_give_the_parts_in_the_replys_json() {
        var json = ReplyJson.toJson(answer(LONG, List.of()));
        assertEquals("Jak zgłosić zgon?", json.getString("title"));
        assertEquals(LONG.strip(), (json.getString("essential") + "\n\n" + json.getString("more")));
    }
}
