package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Greetings, thanks, goodbyes, "who are you" and plain acknowledgements ("ok", "super"): a message made
 * only of the words of {@code small-talk.txt} is answered politely, never from the knowledge base.
 *
 * <p>Some of it comes before the handoff rules ({@link #beforeHandoff}): asking whether the assistant is a bot or
 * a person ("are you a bot or a real person?", a list of its own per language, narrower than {@code identity},
 * which also holds "człowiek" or "bot" alone), thanks and goodbyes ("ok bye" after a consultant was offered).
 */
public final class SmallTalk {

    static final String FILE = "small-talk.txt";
    private static final int MAX_WORDS = 10;
    /** The list of the words that say what thanks are for, and how many words may follow them ("za szybką odpowiedź"). */
    private static final String THANKS_FOR = "thanks-for";
    private static final int THANKED_FOR = 3;
    /** The questions whether the assistant is a bot or a person, one list per served language. */
    private static final List<String> IDENTITY_QUESTIONS = List.of("identity-question pl", "identity-question uk", "identity-question en");
    private static final List<String> KINDS = List.of(IDENTITY_QUESTIONS.get(0), IDENTITY_QUESTIONS.get(1), IDENTITY_QUESTIONS.get(2),
            "identity", "thanks", "goodbye", "greeting", "filler");
    /** The lists of the file: the kinds, and the words saying what thanks are for. */
    private static final Set<String> LISTS = Stream.concat(KINDS.stream(), Stream.of(THANKS_FOR)).collect(Collectors.toUnmodifiableSet());
    /** What small talk answers even when a handoff rule would fire, or a consultant was just offered. */
    private static final Set<String> BEFORE_HANDOFF = Set.of("identity-question", "thanks", "goodbye");

    private static final SmallTalk SHARED = new SmallTalk();

    private final WordLists lists;
    /** The first word of every phrase of the kinds: a message beginning with none of them is no small talk. */
    private final PatternWords openers;

    SmallTalk() {
        this(WordLists.resource(FILE, LISTS, null));
    }

    SmallTalk(WordLists lists) {
        this.lists = lists;
        this.openers = new PatternWords(KINDS.stream().flatMap(kind -> lists.list(kind).stream())
                .filter(pattern -> !pattern.words().isEmpty())
                .map(pattern -> new WordPattern(List.of(pattern.words().getFirst()))).toList());
    }

    /**
     * Whether the message is small talk that the assistant answers before any handoff rule: a question whether it
     * is a bot or a person, thanks or a goodbye (with greetings and fillers around them). "człowiek" alone or
     * "I want a real person" are not: they are left to the handoff rules.
     */
    public static boolean beforeHandoff(String text) {
        return SHARED.kind(text).filter(BEFORE_HANDOFF::contains).isPresent();
    }

    Optional<String> reply(String text) {
        return kind(text).map(kind -> switch (kind) {
            case "identity-question", "identity" -> Messages.text(Lang.resident(), "dialogue.identity");
            case "thanks" -> Messages.text(Lang.resident(), "dialogue.thanks");
            case "goodbye" -> Messages.text(Lang.resident(), "dialogue.goodbye");
            case "greeting-with-question" -> Messages.text(Lang.resident(), "dialogue.greeting-with-question");
            case "greeting" -> Messages.text(Lang.resident(), "dialogue.greeting");
            default -> Messages.text(Lang.resident(), "dialogue.acknowledged");
        });
    }

    /**
     * Whether the words from {@code at} say what the resident thanks for: "za" / "for" / "за" and at most
     * {@value #THANKED_FOR} more words to the end of the message ("za info", "for your help", "за відповідь").
     */
    private boolean thankedFor(String[] tokens, int at) {
        return at < tokens.length && lists.list(THANKS_FOR).stream().anyMatch(p -> p.matchAt(tokens, at) == 1)
                && tokens.length - at - 1 <= THANKED_FOR;
    }

    /** The kind of small talk the whole message is (the first of {@link #KINDS} found in it), or empty. */
    private Optional<String> kind(String text) {
        String[] tokens = WordPattern.tokens(text);
        if (tokens.length == 0 || tokens.length > MAX_WORDS || !openers.matches(tokens[0])) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int longest = 0;
            String kind = null;
            for (String name : KINDS) {
                for (WordPattern pattern : lists.list(name)) {
                    int length = pattern.matchAt(tokens, i);
                    if (length > longest) {
                        longest = length;
                        kind = name;
                    }
                }
            }
            if (longest == 0) {
                return Optional.empty();
            }
            found.add(IDENTITY_QUESTIONS.contains(kind) ? "identity-question" : kind);
            i += longest;
            if (kind.equals("thanks") && thankedFor(tokens, i)) {
                break; // "dzięki za info", "thanks for your help", "дякую за допомогу": what they thank for ends the message
            }
        }
        for (String kind : KINDS) {
            String named = IDENTITY_QUESTIONS.contains(kind) ? "identity-question" : kind;
            if (found.contains(named)) {
                return Optional.of(named.equals("greeting") && found.size() > 1 ? "greeting-with-question" : named);
            }
        }
        return Optional.empty();
    }
}
