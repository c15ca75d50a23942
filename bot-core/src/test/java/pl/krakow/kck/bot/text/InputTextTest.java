package pl.krakow.kck.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputTextTest {

    private final InputText input = new InputText(2000);

    private InputText.Reason refused(String text) {
        return assertThrows(InputText.Refused.class, () -> input.clean(text)).reason();
    }

    @Test
    void should_keep_what_residents_type_normalised_and_stripped() {
        assertEquals("Zgubiłem dowód 😀👨‍👩‍👧", input.clean("  Zgubiłem dowo\u0301d 😀👨‍👩‍👧\n"));
        assertEquals("linia 1\nlinia 2\tkoniec", input.clean("linia 1\nlinia 2\tkoniec"));
    }

    @Test
    void should_refuse_empty_too_long_and_control_characters() {
        assertEquals(InputText.Reason.EMPTY, refused(" \n "));
        assertEquals(InputText.Reason.EMPTY, refused(null));
        assertEquals(InputText.Reason.TOO_LONG, refused("a".repeat(2001)));
        assertEquals("ż".repeat(2000), input.clean("ż".repeat(2000)), "counted in characters");
        assertEquals(InputText.Reason.CONTROL, refused("abc\u0000"));
        assertEquals(InputText.Reason.CONTROL, refused("\u0007abc"));
        assertEquals(InputText.Reason.CONTROL, refused("abc\u0085"), "C1 controls too");
    }

    @Test
    void should_refuse_lone_surrogates_and_non_characters_instead_of_storing_question_marks() {
        assertEquals(InputText.Reason.INVALID, refused("dowód \uD83D"));
        assertEquals(InputText.Reason.INVALID, refused("\uDE00 dowód"));
        assertEquals(InputText.Reason.INVALID, refused("opis \uFFFF"));
        assertEquals(InputText.Reason.INVALID, refused("opis \uFFFE"));
        assertEquals(InputText.Reason.INVALID, refused("opis \uFDD0"));
        InputText.Refused refused = assertThrows(InputText.Refused.class, () -> input.clean("x\uFFFF"));
        assertEquals(0xFFFF, refused.codePoint());
    }

    @Test
    void should_remove_bidirectional_overrides_and_invisible_characters_that_could_spoof_the_console() {
        assertEquals("zapłacę 100 zł", input.clean("zapłacę \u202E100 zł\u202C"));
        assertEquals("admin", input.clean("ad\u200Bmin\u2060\uFEFF"));
        assertEquals("abc", input.clean("\u2066abc\u2069"));
        assertEquals(InputText.Reason.EMPTY, refused("\u200B\u202E"), "nothing visible left");
    }

    @Test
    void should_keep_at_most_three_combining_marks_on_a_letter_quickly() {
        String zalgo = "a" + "\u0301".repeat(1998) + " dowód";
        long started = System.nanoTime();
        String cleaned = input.clean(zalgo);
        assertTrue(System.nanoTime() - started < 50_000_000L, "linear, not quadratic");
        assertEquals(java.text.Normalizer.normalize("a\u0301\u0301\u0301 dowód", java.text.Normalizer.Form.NFC), cleaned);
        assertEquals("Tiếng Việt", input.clean("Tiếng Việt"), "languages that need two marks keep them");
    }

    @Test
    void should_allow_only_the_characters_of_xml_1_0() {
        assertEquals("abc", XmlChars.strip("a\uFFFFb\u0001c\uD800"));
        assertEquals("żółw 😀\n", XmlChars.strip("żółw 😀\n"));
        assertTrue(XmlChars.allowed(0x10FFFF) && !XmlChars.allowed(0xFFFE) && !XmlChars.allowed(0x1F));
    }
}
