package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer as a chat window shows it (issue 12; the widget's panel is 380×560 px): the article's title,
 * the essential part first, the rest behind "więcej". The essential part is the first paragraph (with
 * the list it introduces, when it ends with a colon), and further paragraphs while it stays short; the
 * rest is split off only when it is worth a button.
 *
 * @param title     the title of the article the answer is from; null for anything that is not an article's text
 * @param essential what is shown at once
 * @param more      what is shown on request; empty when the whole text is shown at once
 */
public record ReplyParts(String title, String essential, String more) {

    /** A blank line between paragraphs; compiled once (String.split compiles it on every call, once per answer). */
    private static final java.util.regex.Pattern PARAGRAPHS = java.util.regex.Pattern.compile("\\n\\s*\\n");

    /** The essential part grows by whole paragraphs up to about this many characters. */
    static final int ESSENTIAL_CHARS = 400;
    /** A rest shorter than this is shown at once: a button would cost more than it saves. */
    static final int MIN_MORE_CHARS = 160;

    public boolean split() {
        return !more.isEmpty();
    }

    /**
     * The parts of a reply. Only an answer from an article is split and titled; an answer that offers
     * choices (a life event's matters) is not an article's text.
     */
    public static ReplyParts of(Reply reply) {
        if (reply.kind() != ReplyKind.ANSWER || reply.article() == null || !reply.options().isEmpty()) {
            return new ReplyParts(null, reply.text(), "");
        }
        ReplyParts parts = split(reply.text());
        return new ReplyParts(reply.article().title(), parts.essential(), parts.more());
    }

    static ReplyParts split(String text) {
        String[] blocks = PARAGRAPHS.split(text.strip());
        List<String> essential = new ArrayList<>(List.of(blocks[0].strip()));
        int length = blocks[0].length();
        int next = 1;
        while (next < blocks.length) {
            boolean introduces = essential.getLast().endsWith(":");
            if (!introduces && length + blocks[next].length() > ESSENTIAL_CHARS) {
                break;
            }
            length += blocks[next].length();
            essential.add(blocks[next].strip());
            next++;
        }
        List<String> rest = new ArrayList<>();
        int restLength = 0;
        for (int i = next; i < blocks.length; i++) {
            rest.add(blocks[i].strip());
            restLength += blocks[i].length();
        }
        if (rest.isEmpty() || restLength < MIN_MORE_CHARS) {
            return new ReplyParts(null, text.strip(), "");
        }
        return new ReplyParts(null, String.join("\n\n", essential), String.join("\n\n", rest));
    }
}
