package pl.krakow.kck.bot.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of problem residents report, in Open311 GeoReport v2 terms (a "service"), as the city keeps it
 * in the category catalogue.
 *
 * @param code             Open311 {@code service_code}
 * @param name             Open311 {@code service_name} (Polish)
 * @param group            Open311 {@code group} (Polish)
 * @param description      Open311 {@code description} (Polish)
 * @param keywords         words and phrases that name the subject ("latarnia", "dziura w jezdni"); matched on
 *                         lemmas, so any inflection and spelling without Polish letters match. Also Open311
 *                         {@code keywords}
 * @param signals          phrases that say something is wrong with it ("nie świeci", "wyrzucić"); a
 *                         statement that names the subject starts a report only with a signal or a general
 *                         problem cue
 * @param agency           the unit responsible (Open311 {@code agency_responsible}); from the facts file
 * @param handling         whether the assistant takes the report, or stops and sends the resident elsewhere
 * @param locationRequired whether a report needs a place (an idea may have none)
 * @param notice           Open311 {@code service_notice}: told to the resident when the report is accepted;
 *                         may be empty
 * @param message          for {@link Handling#EMERGENCY} and {@link Handling#REDIRECT}: what the resident is
 *                         told instead of a form; empty otherwise
 * @param attributes       further questions, in {@link CategoryAttribute#order()}
 * @param examples         statements residents write about it; with the name, description, keywords and
 *                         signals they rank the category when a statement names no keyword
 * @param danger           when a statement of this category is a danger, and whom to call first
 */
public record ServiceCategory(String code, String name, String group, String description, List<String> keywords,
                              List<String> signals, String agency, Handling handling, boolean locationRequired,
                              String notice, String message, List<CategoryAttribute> attributes, List<String> examples,
                              Danger danger) {

    /**
     * What makes a statement of this category a danger, and what the resident is told before anything else.
     *
     * @param signals phrases that make it a danger ("bez pokrywy", "nie działać"), besides the catalogue's
     *                general danger cues ("ktoś może wpaść"); empty: only the general cues
     * @param notice  the dispatcher or emergency number first, from the facts file; empty: no danger notice
     */
    public record Danger(List<String> signals, String notice) {
        public static final Danger NONE = new Danger(List.of(), "");

        public Danger {
            signals = List.copyOf(signals);
        }

        public boolean any() {
            return !notice.isBlank();
        }
    }

    public ServiceCategory {
        keywords = List.copyOf(keywords);
        signals = List.copyOf(signals);
        examples = List.copyOf(examples);
        attributes = attributes.stream().sorted(Comparator.comparingInt(CategoryAttribute::order)).toList();
    }

    /** What the assistant does with a report of this category. */
    public enum Handling {
        /** Takes the report through the form. */
        REPORT,
        /** Danger to life or health: no form, the resident is told to call 112 at once. */
        EMERGENCY,
        /** Another service takes it directly (Straż Miejska 986, a utility's 24-hour line). */
        REDIRECT;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean reportable() {
        return handling == Handling.REPORT;
    }

    public Optional<CategoryAttribute> attribute(String attributeCode) {
        return attributes.stream().filter(a -> a.code().equals(attributeCode)).findFirst();
    }
}
