package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * Words that only frame what follows them at the start of a message ("dobra, a jak zgłosić…", "sory,
 * chciałam zapytać o meldunek", "chodziło mi o bilety", "ok, another question: …"): the {@value #LIST}
 * list of the language's follow-up file. They name no subject, yet the search counts them among the
 * question's words, so a follow-up that opens with them holds less of any article than the same
 * question asked plainly.
 */
final class LeadIns {

    static final String LIST = "lead-in";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<WordPattern> patterns;

    LeadIns(List<WordPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static LeadIns of(Language language) {
        return new LeadIns(FollowUps.lists(language).list(LIST));
    }

    /** The message from its first word after the lead-ins; the message itself when it has none, or nothing else. */
    String strip(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            starts.add(words.start());
            folded.add(TextAnalyzer.fold(words.group()));
        }
        String[] tokens = folded.toArray(String[]::new);
        int at = 0;
        boolean moved = true;
        while (moved && at < tokens.length) {
            int longest = 0; // the longest lead-in here: "hi there", not "hi"
            for (WordPattern pattern : patterns) {
                longest = Math.max(longest, pattern.matchAt(tokens, at));
            }
            at += longest;
            moved = longest > 0;
        }
        return at == 0 || at >= tokens.length ? text : text.substring(starts.get(at));
    }
}
