package pl.krakow.kck.bot.dialogue;

import java.net.URI;
import java.util.List;

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
 */
public record Reply(ReplyKind kind, String text, ArticleRef article, List<Source> sources, List<Option> options,
                    List<ArticleRef> related, double confidence) {

    public Reply {
        sources = List.copyOf(sources);
        options = List.copyOf(options);
        related = List.copyOf(related);
    }

    /**
     * The id of the offered option a resident's text picks: its number ("2", "2.", "2)") or its label
     * (any case); null when it picks none.
     */
    public static String picked(String text, List<Option> offered) {
        if (offered.isEmpty() || text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("[.)]$", "");
        if (trimmed.matches("[1-9]")) {
            int index = Integer.parseInt(trimmed) - 1;
            return index < offered.size() ? offered.get(index).id() : null;
        }
        for (Option option : offered) {
            if (option.label().equalsIgnoreCase(trimmed)) {
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
