package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that only vent a feeling, wherever they stand ("250 zł za pięć minut, to jakiś żart", "nie mogę wjechać
 * starym golfem?? skandal", "kpina"): the {@value #LIST} list of the language's follow-up file. Residents who write
 * in anger add them to a question they mean plainly; they name no matter, yet the search counts them among the
 * question's words (a word no article has weighs most), and "żart" would read as a request for a joke. A message
 * made only of them is left as typed.
 */
final class Outbursts {

    static final String LIST = "outburst";

    private final List<WordPattern> patterns;

    Outbursts(List<WordPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The message without its outbursts; the message itself when it has none, or nothing else. */
    String without(String text) {
        if (text == null || text.isBlank() || patterns.isEmpty()) {
            return text;
        }
        List<Integer> starts = new ArrayList<>();
        String[] tokens = WordPattern.tokens(text, starts);
        StringBuilder kept = new StringBuilder(text.length());
        int copied = 0;
        boolean removed = false;
        for (int at = 0; at < tokens.length; ) {
            int longest = WordPattern.longestAt(patterns, tokens, at);
            if (longest == 0) {
                at++;
                continue;
            }
            kept.append(text, copied, starts.get(at));
            at += longest;
            copied = at < tokens.length ? starts.get(at) : text.length();
            removed = true;
        }
        if (!removed) {
            return text;
        }
        kept.append(text, copied, text.length());
        String rest = kept.toString().strip();
        return WordPattern.tokens(rest).length == 0 ? text : rest;
    }
}
