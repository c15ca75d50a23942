package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Messages that must not reach the knowledge base at all: attempts to change the assistant's
 * instructions or extract data, abuse, and requests for entertainment. Each gets a polite, fixed reply.
 * Patterns work on folded text, so they hold with or without Polish letters.
 */
final class Guardrails {

    private static final List<Pattern> INJECTION = List.of(
            Pattern.compile("\\b(z?ignoruj|pomin|zapomnij|olej)\\w*\\b.{0,40}\\b(instrukcj|polecen|zasad|regul|wczesniejsz|poprzedni)"),
            Pattern.compile("\\b(ignore|disregard|forget)\\b.{0,40}\\b(instructions|rules|previous|above)"),
            Pattern.compile("\\b(jestes teraz|od teraz jestes|udawaj|wciel sie|you are now|act as|pretend)\\b"),
            Pattern.compile("\\b(system prompt|prompt systemow|tryb (dewelopera|developera|programisty)|developer mode|jailbreak)"),
            Pattern.compile("\\b(podaj|wypisz|pokaz|zdradz|ujawnij)\\w*\\b.{0,40}\\b(hasl|token|klucz api|api key|pesel|dane osobowe)\\w*"));

    private static final Pattern ABUSE = Pattern.compile(
            "\\b(kurw|chuj|huj|pierdol|jeb|spierdal|wypierdal|pizd|idiot|debil|kretyn|frajer|cwel|dzban|gowno|zjeb|spadaj)\\w*");

    private static final Pattern ENTERTAINMENT = Pattern.compile(
            "\\b(opowiedz|powiedz|napisz|zaspiewaj|wymysl)\\w*\\b.{0,20}\\b(kawal|dowcip|zart|wiersz|piosenk|bajk|opowiadani)\\w*");


    /** The fixed reply for a message that must not be answered from the knowledge base, if it is one. */
    Optional<String> check(String text) {
        String folded = TextAnalyzer.fold(text);
        for (Pattern pattern : INJECTION) {
            if (pattern.matcher(folded).find()) {
                return Optional.of(Messages.text(Lang.resident(), "dialogue.injection"));
            }
        }
        if (ABUSE.matcher(folded).find()) {
            return Optional.of(Messages.text(Lang.resident(), "dialogue.abuse"));
        }
        if (ENTERTAINMENT.matcher(folded).find()) {
            return Optional.of(Messages.text(Lang.resident(), "dialogue.entertainment"));
        }
        return Optional.empty();
    }
}
