package pl.krakow.kck.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PendingLangTest {

    private static final Lang UK = new Lang("uk");
    private static final Lang EN = new Lang("en");

    @Test
    void should_not_read_the_stored_language_again_once_the_turn_of_the_same_conversation_offered_it() {
        AtomicInteger reads = new AtomicInteger();
        PendingLang pending = new PendingLang("c1", () -> {
            reads.incrementAndGet();
            return Optional.of(EN);
        }, () -> Lang.PL);
        Lang during = Lang.speaking(pending, () -> {
            Lang.stored("c1", Optional.of(UK));
            return Lang.resident();
        });
        assertEquals(UK, during);
        assertEquals(UK, pending.get());
        assertEquals(0, reads.get());
    }

    @Test
    void should_read_it_when_asked_first_once_and_ignore_another_conversations_language() {
        AtomicInteger reads = new AtomicInteger();
        PendingLang pending = new PendingLang("c1", () -> {
            reads.incrementAndGet();
            return Optional.of(EN);
        }, () -> Lang.PL);
        Lang.speaking(pending, () -> {
            Lang.stored("c2", Optional.of(UK));
            assertEquals(EN, Lang.resident());
            assertEquals(EN, Lang.resident());
            return null;
        });
        assertEquals(1, reads.get());
    }

    @Test
    void should_fall_back_when_the_conversation_has_no_language_and_be_polish_outside_a_binding() {
        PendingLang pending = new PendingLang("c1", Optional::empty, () -> EN);
        assertEquals(EN, Lang.speaking(pending, Lang::resident));
        PendingLang offered = new PendingLang("c1", () -> Optional.of(UK), () -> EN);
        assertEquals(EN, Lang.speaking(offered, () -> {
            Lang.stored("c1", Optional.empty());
            return Lang.resident();
        }));
        assertEquals(Lang.PL, Lang.resident());
    }
}
