package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.language.Language;

/**
 * Words that only frame what follows them at the start of a message ("dobra, a jak zgłosić…", "sory,
 * chciałam zapytać o meldunek", "chodziło mi o bilety", "ok, another question: …"): the {@value #LIST}
 * list of the language's follow-up file. They name no subject, yet the search counts them among the
 * question's words, so a follow-up that opens with them holds less of any article than the same
 * question asked plainly.
 */
final class LeadIns {

    static final String LIST = "lead-in";
    /** Words that set aside what came before them ("opowiedz kawał, a poważnie: …", "but seriously, …"). */
    static final String ASIDE = "aside";

    private final List<WordPattern> patterns;
    private final List<WordPattern> asides;
    private final Outbursts outbursts;

    LeadIns(List<WordPattern> patterns) {
        this(patterns, List.of());
    }

    LeadIns(List<WordPattern> patterns, List<WordPattern> asides) {
        this(patterns, asides, List.of());
    }

    LeadIns(List<WordPattern> patterns, List<WordPattern> asides, List<WordPattern> outbursts) {
        this.patterns = List.copyOf(patterns);
        this.asides = List.copyOf(asides);
        this.outbursts = new Outbursts(outbursts);
    }

    static LeadIns of(Language language) {
        WordLists lists = FollowUps.lists(language);
        return new LeadIns(lists.list(LIST), lists.list(ASIDE), lists.list(Outbursts.LIST));
    }

    /**
     * What follows the last word setting aside what came before ("opowiedz kawał, a poważnie: jak zameldować dziecko?"):
     * the banter before it is not the question; the message itself when it has none or nothing follows it.
     */
    String afterAside(String text) {
        if (text == null || asides.isEmpty()) {
            return text;
        }
        List<Integer> starts = new ArrayList<>();
        String[] tokens = WordPattern.tokens(text, starts);
        int from = 0;
        for (int at = 0; at < tokens.length; at++) {
            int longest = WordPattern.longestAt(asides, tokens, at);
            if (longest > 0 && at + longest < tokens.length) {
                from = at + longest;
            }
        }
        return from == 0 ? text : text.substring(starts.get(from));
    }


    /**
     * The message from its first word after the lead-ins, without its outbursts ({@link Outbursts}); the message
     * itself when it has none, or nothing else.
     */
    String strip(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        text = outbursts.without(text);
        List<Integer> starts = new ArrayList<>();
        String[] tokens = WordPattern.tokens(text, starts);
        int at = 0;
        boolean moved = true;
        while (moved && at < tokens.length) {
            int longest = WordPattern.longestAt(patterns, tokens, at); // "hi there", not "hi"
            at += longest;
            moved = longest > 0;
        }
        return at == 0 || at >= tokens.length ? text : text.substring(starts.get(at));
    }
}
