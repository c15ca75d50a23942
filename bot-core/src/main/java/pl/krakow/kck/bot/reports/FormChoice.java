package pl.krakow.kck.bot.reports;

/**
 * An option of the report form as the channels post it back: {@code report:<name>} or
 * {@code report:<name>:<argument>} ("report:skip", "report:category:dziura", "report:value:ile:jedna").
 * The one place these ids are written and read.
 *
 * @param kind     which option
 * @param argument what it carries (a category code, a report number, "code:key" of an attribute value), or null
 */
record FormChoice(Kind kind, String argument) {

    static final String PREFIX = "report:";

    /** The argument of {@link Kind#CATEGORY} that asks for every category instead of the likeliest ones. */
    static final String ALL_CATEGORIES = "*";

    /** The form's options; {@link #OTHER} is a {@code report:} id this version does not know (an old button). */
    enum Kind {
        CANCEL("cancel", false), BACK("back", false), EDIT("edit", false), EDIT_FIELD("edit", true), SKIP("skip", false),
        YES("yes", false), NO("no", false), CONFIRM("confirm", false), NEW("new", false), JOIN("join", true),
        CATEGORY("category", true), VALUE("value", true), PHOTO("photo", false),
        OTHER("", true);

        private final String wire;
        private final boolean argument;

        Kind(String wire, boolean argument) {
            this.wire = wire;
            this.argument = argument;
        }
    }

    static FormChoice of(Kind kind) {
        return new FormChoice(kind, null);
    }

    static FormChoice of(Kind kind, String argument) {
        return new FormChoice(kind, argument);
    }

    /** The id a channel posts back. */
    String id() {
        return kind == Kind.OTHER ? argument : PREFIX + kind.wire + (kind.argument ? ":" + argument : "");
    }

    /** Shorthand for {@code of(kind, argument).id()}. */
    static String id(Kind kind, String argument) {
        return of(kind, argument).id();
    }

    static String id(Kind kind) {
        return of(kind).id();
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** Whether an option id belongs to the report form. */
    static boolean belongs(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    /** The form option an id names; null when the id is not the form's. */
    static FormChoice read(String id) {
        if (!belongs(id)) {
            return null;
        }
        String rest = id.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        String argument = colon < 0 ? null : rest.substring(colon + 1);
        for (Kind kind : Kind.values()) {
            if (kind != Kind.OTHER && kind.wire.equals(name) && kind.argument == (argument != null)) {
                return new FormChoice(kind, argument);
            }
        }
        return new FormChoice(Kind.OTHER, id);
    }
}
