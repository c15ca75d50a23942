package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A question a category asks beyond place and description, in Open311 GeoReport v2 terms (the
 * {@code attributes} of a service definition).
 *
 * @param code        the attribute's code, unique in its category
 * @param datatype    what kind of answer it takes
 * @param required    whether a report needs it
 * @param order       position among the category's attributes, 1 first
 * @param description the question as the resident reads it (Polish)
 * @param values      the allowed answers of a list type, in order; empty otherwise
 */
public record CategoryAttribute(String code, Datatype datatype, boolean required, int order, String description,
                                List<Value> values) {

    public CategoryAttribute {
        values = List.copyOf(values);
    }

    /** Open311 datatypes. */
    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isList() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }

        static Optional<Datatype> fromWire(String value) {
            for (Datatype datatype : values()) {
                if (datatype.wire().equals(value)) {
                    return Optional.of(datatype);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An allowed answer: {@code key} is stored and sent, {@code name} is shown; {@code synonyms} are other words
     * residents answer it with ("konar", "przewrócone drzewo" for "Drzewo lub gałąź"; option-synonyms.&lt;lang&gt;.properties).
     */
    public record Value(String key, String name, List<String> synonyms) {

        public Value {
            synonyms = List.copyOf(synonyms);
        }

        public Value(String key, String name) {
            this(key, name, List.of());
        }
    }

    public Optional<Value> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
