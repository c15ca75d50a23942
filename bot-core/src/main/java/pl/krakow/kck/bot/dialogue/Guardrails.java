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

    /**
     * Asking the assistant's opinion of a person or a matter ("co sądzisz o prezydencie?", "what do you think of the
     * mayor?", "що ти думаєш про мера?"): the assistant has none to give, and the article that merely names the person
     * (the mayor's seat) is no answer to it.
     */
    private static final Pattern OPINION = Pattern.compile(
            "\\b(co (pan |pani )?(sadzisz|sadzi|myslisz|mysli) o"
                    + "|(jakie|jaka) (jest )?(twoje|twoja|pana|pani) (zdanie|opinia)|(twoje|twoja) (zdanie|opinia) o"
                    + "|what do you think (of|about)|what s your (opinion|view) (of|on|about)|what is your (opinion|view) (of|on|about)"
                    + "|your opinion (of|on|about)|how do you feel about|do you (like|support|trust) (the )?(mayor|president|government|city council|councillors?)"
                    + ")\\b"
                    + "|(що|як) (ти|ви) (думаєш|думаєте|вважаєш|вважаєте|ставишся|ставитеся) (про|до|щодо)|(твоя|ваша) думка (про|щодо)");

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
        if (OPINION.matcher(folded.replace('\'', ' ').replace('\u2019', ' ')).find()) {
            return Optional.of(Messages.text(Lang.resident(), "dialogue.opinion"));
        }
        return Optional.empty();
    }
}
