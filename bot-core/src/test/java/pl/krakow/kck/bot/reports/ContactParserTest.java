package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactParserTest {

    private final ContactParser parser = new ContactParser();

    @ParameterizedTest
    @ValueSource(strings = {"600 123 456", "600-123-456", "+48 600 123 456", "0048600123456", "(12) 616 55 55", "tel. 600123456"})
    void should_read_a_polish_phone_number(String text) {
        ContactParser.Contact contact = parser.parse(text);
        assertTrue(contact.phone().startsWith("+48 "), text);
        assertTrue(parser.onlyContact(text, contact), text);
    }

    @Test
    void should_read_an_email_and_a_phone_together() {
        ContactParser.Contact contact = parser.parse("jan.kowalski@example.pl, 600 123 456");
        assertEquals("jan.kowalski@example.pl", contact.email());
        assertEquals("+48 600 123 456", contact.phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan.kowalski@", "jan@example", "123", "60012345", "012 345 678", "jan..kowalski@example.pl"})
    void should_refuse_what_is_neither(String text) {
        ContactParser.Contact contact = parser.parse(text);
        assertTrue(contact.empty(), () -> text + " -> " + contact);
    }

    @Test
    void should_notice_text_that_is_not_only_contact_details() {
        String text = "zadzwońcie do mnie wieczorem 600 123 456";
        assertFalse(parser.onlyContact(text, parser.parse(text)));
        assertNull(parser.parse("brak").email());
    }
}
