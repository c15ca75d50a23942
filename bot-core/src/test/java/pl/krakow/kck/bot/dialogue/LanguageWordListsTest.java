package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;

/** Each language's follow-up and life-event words: the same facets and events as the Polish ones, read in that language. */
class LanguageWordListsTest {

    @Test
    void should_give_every_language_the_facets_of_the_polish_file_so_that_a_facet_survives_a_change_of_language() {
        List<String> polish = FollowUps.of(Language.PL).facetNames().stream().sorted().toList();
        for (Language language : Language.values()) {
            assertEquals(polish, FollowUps.of(language).facetNames().stream().sorted().toList(), FollowUps.file(language));
        }
    }

    @Test
    void should_give_every_language_the_events_and_matters_of_the_polish_file() {
        List<LifeEvents.Event> polish = LifeEvents.of(Language.PL).events();
        for (Language language : Language.values()) {
            List<LifeEvents.Event> events = LifeEvents.of(language).events();
            assertEquals(polish.stream().map(e -> e.name() + "=" + e.matters()).toList(),
                    events.stream().map(e -> e.name() + "=" + e.matters()).toList(), LifeEvents.file(language));
        }
    }

    @Test
    void should_read_what_a_ukrainian_follow_up_asks() {
        FollowUps ukrainian = FollowUps.of(Language.UK);
        assertEquals(Optional.of("cost"), ukrainian.facetOf("а скільки це коштує?"));
        assertEquals(Optional.of("time"), ukrainian.facetOf("А довго чекати? Скільки часу це займає?"));
        assertEquals(Optional.of("validity"), ukrainian.facetOf("який термін дії паспорта?"));
        assertEquals(Optional.of("online"), ukrainian.facetOf("а можна онлайн?"));
        assertEquals(Optional.of("place"), ukrainian.facetOf("де це зробити?"));
    }

    @Test
    void should_read_what_an_english_follow_up_asks() {
        FollowUps english = FollowUps.of(Language.EN);
        assertEquals(Optional.of("cost"), english.facetOf("How much does it cost?"));
        assertEquals(Optional.of("cost"), english.facetOf("is it free?"));
        assertEquals(Optional.of("validity"), english.facetOf("how long is it valid?"));
        assertEquals(Optional.of("time"), english.facetOf("how long does it take?"));
        assertEquals(Optional.of("online"), english.facetOf("can I do it online?"));
        assertEquals(Optional.of("who"), english.facetOf("can my wife do it for me?"));
    }

    @Test
    void should_read_how_much_before_a_named_thing_as_asking_the_cost_in_english() {
        FollowUps english = FollowUps.of(Language.EN);
        assertEquals(Optional.of("cost"), english.facetOf("how much is a passport?"));
        assertEquals(Optional.of("cost"), english.facetOf("How much are residents' parking permits"));
        assertEquals(Optional.of("cost"), english.facetOf("how much for a copy of a birth certificate"));
        assertEquals(Optional.of("time"), english.facetOf("how much time does it take?"), "time, not money");
    }

    @Test
    void should_read_what_happens_if_i_do_not_pay_as_asking_the_penalty_in_english() {
        FollowUps english = FollowUps.of(Language.EN);
        assertEquals(Optional.of("penalty"), english.facetOf("what happens if I don't pay?"));
        assertEquals(Optional.of("penalty"), english.facetOf("what's the penalty if I forget?"));
        assertEquals(Optional.of("cost"), english.facetOf("how much do I pay?"));
        assertEquals(Optional.of("cost"), english.facetOf("where do I pay it?"), "cost before place, as before");
    }

    @Test
    void should_read_round_the_clock_as_asking_the_hours_in_every_language() {
        for (String text : List.of("czy infolinia działa 24h?", "to jest czynne 24 h?", "działa non stop?")) {
            assertEquals(Optional.of("hours"), FollowUps.of(Language.PL).facetOf(text), text);
        }
        assertEquals(Optional.of("hours"), FollowUps.of(Language.EN).facetOf("is it open 24/7?"));
        assertEquals(Optional.of("hours"), FollowUps.of(Language.EN).facetOf("is it 24h?"));
        assertEquals(Optional.of("hours"), FollowUps.of(Language.UK).facetOf("це працює цілодобово?"));
        assertEquals(Optional.of("cost"), FollowUps.of(Language.PL).facetOf("ile kosztuje bilet 24h?"), "the price of a 24-hour ticket");
    }

    @Test
    void should_tell_a_life_event_only_in_its_own_languages_words() {
        assertTrue(LifeEvents.of(Language.EN).told("my mother passed away last week", DialogueState.EMPTY).isPresent());
        assertTrue(LifeEvents.of(Language.UK).told("вчора помер мій батько", DialogueState.EMPTY).isPresent());
        assertFalse(LifeEvents.of(Language.PL).told("my mother passed away last week", DialogueState.EMPTY).isPresent());
        assertEquals("lost-wallet", LifeEvents.of(Language.EN).told("I lost my wallet with all my documents", DialogueState.EMPTY)
                .orElseThrow().name());
    }

    @Test
    void should_take_ukrainian_and_english_thanks_in_chat_spelling_as_small_talk_in_the_residents_language() {
        SmallTalk smallTalk = new SmallTalk();
        for (String text : List.of("спс!", "дякую величезне", "dyakuju", "спасібо", "хто ти такий?")) {
            assertTrue(Lang.speaking(Language.UK.lang(), () -> smallTalk.reply(text)).isPresent(), text);
        }
        for (String text : List.of("ok thnx", "thank u bro")) {
            assertTrue(Lang.speaking(Language.EN.lang(), () -> smallTalk.reply(text)).isPresent(), text);
        }
        assertTrue(smallTalk.reply("bro jak zarejestrować auto").isEmpty());
    }

    @Test
    void should_take_status_questions_after_a_report_in_every_language() {
        DialogueState filed = DialogueState.EMPTY.withLastReport("KRK-2026-000123");
        assertEquals(Optional.of("status KRK-2026-000123"), AfterCare.statusRequest("коли це полагодять?", null, filed));
        assertEquals(Optional.of("status KRK-2026-000123"), AfterCare.statusRequest("any news on my report?", null, filed));
        assertEquals(Optional.of("status KRK-2026-000123"), AfterCare.statusRequest("kiedy to naprawią?", null, filed));
        assertEquals(Optional.empty(), AfterCare.statusRequest("any news on my report?", null, DialogueState.EMPTY));
    }
}
