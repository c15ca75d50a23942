package pl.krakow.kck.bot.text;

import java.text.Normalizer;

/**
 * What a person may send as text, in any channel and any field: something, not too long, only characters a
 * person types. Refused: control characters (but tab and line breaks), lone surrogates (a broken emoji
 * would otherwise be stored as "?"), and characters no text may hold (U+FFFE, U+FFFF and the other
 * non-characters; they also break XML feeds). Neutralised: bidirectional overrides and isolates and
 * invisible characters (zero-width space, word joiner, BOM), which could make a message read differently in
 * the console than what was sent, and runs of more than {@value #MAX_MARKS} combining marks on one letter
 * ("Zalgo" text), which no language needs and which slow down matching. The result is NFC and stripped.
 */
public final class InputText {

    /** Polish needs none after NFC; Vietnamese two; three leaves room. */
    public static final int MAX_MARKS = 3;

    /** Why a text was refused; {@link #code()} is the API's problem type. */
    public enum Reason {
        EMPTY("text-empty"), TOO_LONG("text-too-long"), CONTROL("text-control-characters"), INVALID("text-invalid-characters");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A refused text: the reason and the offending character (−1 when none). */
    public static final class Refused extends RuntimeException {
        private final Reason reason;
        private final int codePoint;

        Refused(Reason reason, int codePoint) {
            super(reason.code() + (codePoint >= 0 ? String.format(" (U+%04X)", codePoint) : ""), null, false, false);
            this.reason = reason;
            this.codePoint = codePoint;
        }

        public Reason reason() {
            return reason;
        }

        public int codePoint() {
            return codePoint;
        }
    }

    private final int maxLength;

    public InputText(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The text, cleaned; throws {@link Refused}. */
    public String clean(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused(Reason.EMPTY, -1);
        }
        if (text.length() > maxLength * 4L) { // before any work on it; marks are counted after the clean-up
            throw new Refused(Reason.TOO_LONG, -1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refused(Reason.INVALID, c);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int marks = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r') {
                throw new Refused(Reason.CONTROL, cp);
            }
            if (!XmlChars.allowed(cp) || isNonCharacter(cp)) {
                throw new Refused(Reason.INVALID, cp);
            }
            if (invisible(cp)) {
                continue;
            }
            if (isMark(cp)) {
                if (++marks > MAX_MARKS) {
                    continue;
                }
            } else {
                marks = 0;
            }
            out.appendCodePoint(cp);
        }
        String normalized = Normalizer.normalize(out, Normalizer.Form.NFC).strip();
        if (normalized.isEmpty()) {
            throw new Refused(Reason.EMPTY, -1);
        }
        if (normalized.codePointCount(0, normalized.length()) > maxLength) {
            throw new Refused(Reason.TOO_LONG, -1);
        }
        return normalized;
    }

    /** Bidirectional embeddings, overrides and isolates; zero-width space, word joiner, BOM, Mongolian vowel separator. */
    static boolean invisible(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E || cp == 0x061C;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }
}
