package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Set;

/**
 * How a message reads while the resident waits for a consultant or a callback ({@code while-waiting.txt}): one
 * that asks about the wait itself ("a kiedy oddzwonią?", "długo jeszcze?") is told where the resident stands;
 * another question ("a ile kosztuje paszport?") may be answered from the knowledge base meanwhile; the rest is for
 * the consultant and is acknowledged.
 */
public final class WhileWaiting {

    static final String FILE = "while-waiting.txt";
    private static final String WAIT = "wait";
    private static final String QUESTION = "question";
    private static final String LEAD = "lead";

    private static final WhileWaiting SHARED = new WhileWaiting(WordLists.resource(FILE, Set.of(WAIT, QUESTION, LEAD), null));

    private final WordLists lists;

    WhileWaiting(WordLists lists) {
        this.lists = lists;
    }

    /** Whether the message asks about the wait for the consultant ("kiedy oddzwonią?", "how much longer?"). */
    public static boolean asksAboutTheWait(String text) {
        String[] tokens = WordPattern.tokens(text);
        return SHARED.lists.list(WAIT).stream().anyMatch(p -> p.in(tokens));
    }

    /** Whether the message asks something: it ends with a question mark or begins with a question word. */
    public static boolean asks(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (text.strip().endsWith("?")) {
            return true;
        }
        String[] tokens = WordPattern.tokens(text);
        List<WordPattern> questions = SHARED.lists.list(QUESTION);
        int start = SHARED.lists.list(LEAD).stream().anyMatch(p -> p.matchAt(tokens, 0) > 0) ? 1 : 0;
        return questions.stream().anyMatch(p -> p.matchAt(tokens, start) > 0);
    }
}
