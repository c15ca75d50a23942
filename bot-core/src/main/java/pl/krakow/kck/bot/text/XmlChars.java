package pl.krakow.kck.bot.text;

/**
 * The characters XML 1.0 allows (its production {@code Char}): tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF. Anything else in a feed makes it no XML at all.
 */
public final class XmlChars {

    private XmlChars() {
    }

    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    /** The text without the characters XML 1.0 does not allow (a lone surrogate among them). */
    public static String strip(String text) {
        if (text == null || text.codePoints().allMatch(XmlChars::allowed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlChars::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }
}
