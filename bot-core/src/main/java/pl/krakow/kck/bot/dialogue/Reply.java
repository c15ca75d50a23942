package pl.krakow.kck.bot.dialogue;

import java.net.URI;
import java.util.List;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Words;

/**
 * What the assistant says back.
 *
 * @param kind       what the reply does
 * @param text       the text shown to the resident (Polish, Markdown)
 * @param article    the answering article, for {@link ReplyKind#ANSWER}; else null
 * @param sources    where the answer comes from, to be shown as links
 * @param options    choices the resident can pick (clarify), in order
 * @param related    up to two further articles worth a look
 * @param confidence 0..1, how sure the assistant is that the article answers the question
 * @param language   the language the reply is written in
 * @param referred   a fallback that names who handles the matter (another institution, another service's line):
 *                   the assistant did what a good agent would, so it is no miss
 */
public record Reply(ReplyKind kind, String text, ArticleRef article, List<Source> sources, List<Option> options,
                    List<ArticleRef> related, double confidence, Language language, boolean referred) {

    public Reply {
        sources = List.copyOf(sources);
        options = List.copyOf(options);
        related = List.copyOf(related);
        java.util.Objects.requireNonNull(language, "language");
    }

    public Reply(ReplyKind kind, String text, ArticleRef article, List<Source> sources, List<Option> options,
                 List<ArticleRef> related, double confidence, Language language) {
        this(kind, text, article, sources, options, related, confidence, language, false);
    }

    /** A fallback that says who handles the matter: the other institution, the service's line ({@link #referred}). */
    public static Reply referral(String text, double confidence) {
        return new Reply(ReplyKind.FALLBACK, text, null, List.of(), List.of(), List.of(), confidence, residentLanguage(), true);
    }

    /** A reply in the language of the resident being answered ({@link Lang#resident()}, Polish outside a turn). */
    public Reply(ReplyKind kind, String text, ArticleRef article, List<Source> sources, List<Option> options,
                 List<ArticleRef> related, double confidence) {
        this(kind, text, article, sources, options, related, confidence, residentLanguage());
    }

    private static Language residentLanguage() {
        return Language.of(Lang.resident().code()).orElse(Language.PL);
    }

    /** The same reply with another text, options and language (a reply put into the resident's language). */
    public Reply in(Language language, String text, List<Option> options) {
        return new Reply(kind, text, article, sources, options, related, confidence, language, referred);
    }

    /**
     * The id of the offered option a resident's text picks: its number ("2", "2.", "2)") or its label, compared
     * after {@link Words#normalize} ("wyslij zgloszenie" picks "Wyślij zgłoszenie"); null when it picks none.
     * The one option picker of every channel and flow.
     */
    public static String picked(String text, List<Option> offered) {
        return picked(text, offered, true);
    }

    /** @param numbers whether a number picks (not where a number is an answer of its own, such as a house number) */
    public static String picked(String text, List<Option> offered, boolean numbers) {
        if (offered.isEmpty() || text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("[.)]$", "");
        if (numbers && trimmed.matches("[1-9]\\d?")) {
            int index = Integer.parseInt(trimmed) - 1;
            return index < offered.size() ? offered.get(index).id() : null;
        }
        String said = Words.normalize(trimmed);
        if (said.isEmpty()) {
            return null;
        }
        int place = numbers ? Vocabulary.optionPlace(Lang.resident(), trimmed) : -1; // "ta druga", "nr 2", "the second one"
        if (place == Vocabulary.LAST_PLACE) { // "ta ostatnia": the last one named, not "none of these" after it
            List<Option> named = offered.stream().filter(o -> !o.id().equals(DialogueEngine.NONE_OPTION)).toList();
            place = named.isEmpty() ? -1 : offered.indexOf(named.getLast());
        }
        if (place >= 0 && offered.stream().noneMatch(o -> Words.normalize(o.label()).equals(said))) {
            return place < offered.size() ? offered.get(place).id() : null;
        }
        for (Option option : offered) {
            if (Words.normalize(option.label()).equals(said)) {
                return option.id();
            }
        }
        return null;
    }

    /** An article named in a reply. */
    public record ArticleRef(String id, String title, String topic) {
    }

    /** A source link. */
    public record Source(String title, URI url) {
    }

    /** A choice: {@code id} is what the channel posts back, {@code label} what the resident sees. */
    public record Option(String id, String label) {
    }
}
