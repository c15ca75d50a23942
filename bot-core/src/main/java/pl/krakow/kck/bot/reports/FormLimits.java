package pl.krakow.kck.bot.reports;

/** The report form's limits, named once; the catalogue's texts that state them get them from here. */
final class FormLimits {

    /** Longest description, and the longest first message kept as one. */
    static final int DESCRIPTION_MAX = 2000;
    /** A description needs this many letters and words. */
    static final int DESCRIPTION_MIN_LETTERS = 8;
    static final int DESCRIPTION_MIN_WORDS = 2;
    /** Longest place as typed (address, landmark, detail added to a street). */
    static final int PLACE_MAX = 300;
    /** A place needs this many letters. */
    static final int PLACE_MIN_LETTERS = 3;
    /** Longest free-text answer to a category's question. */
    static final int ANSWER_MAX = 500;
    /** A first message with this many words (and a category) is kept as the description. */
    static final int OPENING_DESCRIPTION_WORDS = 3;
    /** Open reports of the same category this close are offered to join. */
    static final int DUPLICATE_RADIUS_METRES = 50;

    private FormLimits() {
    }
}
