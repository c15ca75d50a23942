package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.language.Language;

/**
 * After a report is filed, "status", "a co z moim zgłoszeniem?" or "kiedy to naprawią?" are about that
 * report: they are passed on as a status request for its number (the report flow answers those in any
 * channel). The words are the {@code after-care} lists of every language's follow-up file (the message's
 * language is not known yet when this is asked; "status", "коли полагодять?" and "any news?" are all after-care).
 */
public final class AfterCare {

    static final String LIST = "after-care";
    private static final Pattern NUMBER = Pattern.compile("\\bKRK-\\d{4}-\\d{4,}\\b");
    private static final int MAX_WORDS = 8;
    /** A question typed in the middle of a report form may be longer than a bare status request ("a jak sprawdzę, co się dzieje z moim zgłoszeniem"). */
    public static final int IN_FORM_WORDS = 12;
    private static final List<WordPattern> WORDS = java.util.Arrays.stream(Language.values())
            .flatMap(language -> FollowUps.lists(language).list(LIST).stream()).toList();

    private AfterCare() {
    }

    /** The status request a message stands for, when a report was filed and the message asks after it. */
    static Optional<String> statusRequest(String text, String choice, DialogueState state) {
        if (choice != null || text == null || state.lastReport() == null || NUMBER.matcher(text).find()) {
            return Optional.empty();
        }
        String[] tokens = WordPattern.tokens(text);
        if (tokens.length == 0 || tokens.length > MAX_WORDS || WORDS.stream().noneMatch(p -> p.in(tokens))) {
            return Optional.empty();
        }
        return Optional.of("status " + state.lastReport());
    }

    /**
     * Whether a message asks after a report ("a co dalej z tym zgłoszeniem?", "kiedy to usuną?", "any news?"):
     * short, with an after-care word, naming no report number. The report form asks it of a question typed while the
     * report is still being filled in: that report, not yet sent, is what it asks after.
     */
    public static boolean asksAfter(String text) {
        return asksAfter(text, MAX_WORDS);
    }

    /** {@link #asksAfter(String)} for a message of at most {@code maxWords} words (a question already known to be one). */
    public static boolean asksAfter(String text, int maxWords) {
        if (text == null || NUMBER.matcher(text).find()) {
            return false;
        }
        String[] tokens = WordPattern.tokens(text);
        return tokens.length > 0 && tokens.length <= maxWords && WORDS.stream().anyMatch(p -> p.in(tokens));
    }

    /** The number of a report the reply says was filed, if it says so. */
    static Optional<String> filed(Reply reply) {
        if (reply.kind() != ReplyKind.REPORT) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(reply.text());
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
