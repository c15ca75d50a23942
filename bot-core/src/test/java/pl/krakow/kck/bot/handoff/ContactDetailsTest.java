package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "600 123 456, chodzi o zwrot opłaty | 600 123 456",
            "proszę dzwonić: 600-123-456 | 600 123 456",
            "+48 600 123 456 | 600 123 456",
            "0048600123456 | 600 123 456",
            "(12) 345 67 89 po południu | 123 456 789",
            "tel 501234567. Dziękuję | 501 234 567"})
    void should_find_a_polish_phone_number(String text, String phone) {
        assertEquals(phone, ContactDetails.find(text).orElseThrow().phone());
    }

    @Test
    void should_find_an_email_address() {
        ContactDetails contact = ContactDetails.find("Proszę odpisać na jan.kowalski+kck@poczta.example.pl, sprawa meldunku").orElseThrow();
        assertEquals("jan.kowalski+kck@poczta.example.pl", contact.email());
        assertEquals(null, contact.phone());
        assertEquals("odpisze na adres jan.kowalski+kck@poczta.example.pl", contact.promise());
    }

    @Test
    void should_keep_both_when_both_are_given() {
        ContactDetails contact = ContactDetails.find("600123456 albo anna@example.com").orElseThrow();
        assertEquals("600 123 456", contact.phone());
        assertEquals("anna@example.com", contact.email());
        assertEquals("oddzwoni pod numer 600 123 456 albo odpisze na adres anna@example.com", contact.promise());
    }

    @ParameterizedTest
    @ValueSource(strings = {"proszę o telefon", "12345", "060 012 3456", "1234567890123", "anna@", "@example.com", "anna@example",
            "numer 060 123 456"})
    void should_refuse_what_is_no_contact(String text) {
        assertEquals(Optional.empty(), ContactDetails.find(text));
    }
}
