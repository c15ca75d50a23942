package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Greetings, thanks, goodbyes, "who are you" and plain acknowledgements ("ok", "super"): a message made
 * only of the words of {@code small-talk.txt} is answered politely, never from the knowledge base.
 */
final class SmallTalk {

    static final String FILE = "small-talk.txt";
    private static final int MAX_WORDS = 10;
    private static final List<String> KINDS = List.of("identity", "thanks", "goodbye", "greeting", "filler");

    private final WordLists lists;

    SmallTalk() {
        this(WordLists.resource(FILE, Set.copyOf(KINDS), null));
    }

    SmallTalk(WordLists lists) {
        this.lists = lists;
    }

    Optional<String> reply(String text) {
        String[] tokens = WordPattern.tokens(text);
        if (tokens.length == 0 || tokens.length > MAX_WORDS) {
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
            found.add(kind);
            i += longest;
        }
        for (String kind : KINDS) {
            if (found.contains(kind)) {
                return Optional.of(switch (kind) {
                    case "identity" -> Messages.text(Lang.resident(), "dialogue.identity");
                    case "thanks" -> Messages.text(Lang.resident(), "dialogue.thanks");
                    case "goodbye" -> Messages.text(Lang.resident(), "dialogue.goodbye");
                    case "greeting" -> found.size() > 1 ? Messages.text(Lang.resident(), "dialogue.greeting-with-question") : Messages.text(Lang.resident(), "dialogue.greeting");
                    default -> Messages.text(Lang.resident(), "dialogue.acknowledged");
                });
            }
        }
        return Optional.empty();
    }
}
