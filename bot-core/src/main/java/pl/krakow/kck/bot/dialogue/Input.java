package pl.krakow.kck.bot.dialogue;

import java.util.Locale;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * What a resident sent, as every channel hands it to the core: typed text, an option picked, a place shared,
 * a photo attached, or a command. Channels pass meaning, not Polish sentences standing for it.
 */
public sealed interface Input {

    /** What the conversation's transcript shows for this input. */
    String shown();

    /** The words the engine, the handoff and the language identification read ("" for a place, a photo, a command). */
    default String text() {
        return "";
    }

    /** The option id picked, or null. */
    default String choice() {
        return null;
    }

    /** Text, or an option picked (with the text sent alongside it, often the option's label). */
    static Input of(String text, String choice) {
        return choice != null ? new Choice(choice, text == null ? "" : text) : new Text(text == null ? "" : text);
    }

    /** Typed words. */
    record Text(String text) implements Input {
        @Override
        public String shown() {
            return text;
        }
    }

    /** An option of the previous reply, by id; {@code text} is what the channel sent with it ("" for a button). */
    record Choice(String id, String text) implements Input {
        @Override
        public String shown() {
            return text;
        }

        @Override
        public String choice() {
            return id;
        }
    }

    /** A place shared from the device (the widget's location button, Telegram's location); {@code label} may be null. */
    record Place(double lat, double lon, String label) implements Input {
        @Override
        public String shown() {
            String point = String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
            return label == null || label.isBlank() ? Messages.text(Lang.resident(), "dialogue.place-shared", point)
                    : Messages.text(Lang.resident(), "dialogue.place-shared-named", label, point);
        }
    }

    /** A photo stored for the conversation ({@code shown}: how the transcript describes it). */
    record Photo(long id, String shown) implements Input {
    }

    /** A command of a channel's menu (Telegram's /zglos); {@code typed} is what the resident sent. */
    record Command(Kind kind, String typed) implements Input {

        /** The commands the core understands. */
        public enum Kind {
            /** Start a problem report. */
            REPORT,
            /** List the resident's own reports ("moje zgłoszenia", Telegram's /moje). */
            MY_REPORTS
        }

        @Override
        public String shown() {
            return typed;
        }
    }
}
