package pl.krakow.kck.bot.dialogue;

import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/** Greetings, thanks and goodbyes on their own: answered politely, never from the knowledge base. */
final class SmallTalk {

    private static final Set<String> GREETINGS = Set.of("dzien dobry", "dobry wieczor", "czesc", "witam", "witaj",
            "hej", "hejka", "siema", "halo", "witam serdecznie", "dzien dobry witam", "hello", "hi");
    private static final Set<String> THANKS = Set.of("dziekuje", "dzieki", "dziekuje bardzo", "dzieki wielkie",
            "bardzo dziekuje", "super dziekuje", "ok dziekuje", "dziekuje za pomoc", "wielkie dzieki", "thx");
    private static final Set<String> GOODBYES = Set.of("do widzenia", "pa", "papa", "na razie", "dobranoc", "bye");

    Optional<String> reply(String text) {
        String normalized = TextAnalyzer.fold(text).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (GREETINGS.contains(normalized)) {
            return Optional.of(Phrases.GREETING);
        }
        if (THANKS.contains(normalized)) {
            return Optional.of(Phrases.THANKS);
        }
        if (GOODBYES.contains(normalized)) {
            return Optional.of(Phrases.GOODBYE);
        }
        return Optional.empty();
    }
}
