package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * A message that says the last reply missed the point ("nie o to mi chodzi", "nie, chodzi mi o paszport",
 * "to nie to", "no, I meant…"): the {@value #LIST} list of the language's follow-up file, at the start of the
 * message. A bare "nie" counts only when a mark follows it ("nie, …", "nie – …"): "nie mam meldunku" is a
 * question, not a rejection. What follows is the subject the resident meant, to be read without the subject
 * just rejected.
 */
final class Rejections {

    static final String LIST = "rejection";
    /** How many articles the subject's words are searched for. */
    private static final int CANDIDATES = 8;
    /** The language's "no" ({@value #BARE_NO} list), a rejection when a mark follows it: "nie,", "ні —", "no,". */
    static final String BARE_NO = "bare no";
    /** The marks after a bare "no", and the spaces around them. */
    private static final Pattern MARKS = Pattern.compile("^\\s*[,.;:!–—-]+\\s*");

    private final List<WordPattern> patterns;
    private final List<WordPattern> bareNo;

    Rejections(List<WordPattern> patterns, List<WordPattern> bareNo) {
        this.patterns = List.copyOf(patterns);
        this.bareNo = List.copyOf(bareNo);
    }

    static Rejections of(Language language) {
        WordLists lists = FollowUps.lists(language);
        return new Rejections(lists.list(LIST), lists.list(BARE_NO));
    }

    /**
     * What follows a rejection at the start of the message (blank when the message only rejects); empty when the
     * message does not open with one.
     */
    Optional<String> rest(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Integer> starts = new ArrayList<>();
        String[] tokens = WordPattern.tokens(text, starts);
        int longest = WordPattern.longestAt(patterns, tokens, 0);
        if (longest > 0) {
            return Optional.of(longest >= tokens.length ? "" : text.substring(starts.get(longest)).strip());
        }
        if (tokens.length > 0 && bareNo.stream().anyMatch(no -> no.matchAt(tokens, 0) == 1)) {
            int after = starts.getFirst() + text.substring(starts.getFirst()).split("[^\\p{L}\\p{N}]", 2)[0].length();
            Matcher marks = MARKS.matcher(text.substring(after));
            if (marks.find()) {
                return Optional.of(text.substring(after + marks.end()).strip());
            }
        }
        return Optional.empty();
    }


    /**
     * "nie o to mi chodzi" alone: the other articles the subject's words find (not the one rejected), or the
     * question which matter it is about when there are none.
     */
    static Reply others(Retriever current, DialogueState state) {
        List<Article> others = state.words() == null ? List.of() : current.search(state.words(), CANDIDATES).candidates().stream()
                .filter(c -> c.coverage() > 0 && !c.article().id().equals(state.article())).limit(3).map(Candidate::article).toList();
        return others.isEmpty() ? EngineReplies.whichSubject()
                : EngineReplies.articleChoices(others, Messages.text(Lang.resident(), "dialogue.clarify-many"));
    }
}
