package pl.krakow.kck.evaluation.split;

import java.util.Locale;

/** Whether an answer line's question is (nearly) written in the knowledge base already. */
public enum Part {
    /** The plain question equals, or nearly equals, an article's title or one of its {@code questions:}. */
    SEEN,
    /** Every other answer line. */
    UNSEEN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
