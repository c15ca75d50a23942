package pl.krakow.kck.bot.reports;

/**
 * Lets the kill-and-restart test stop the process at an exact moment of a submission: with
 * {@code -Dkck.reports.halt-at=before-commit} (or {@code after-commit}) the JVM halts there as if killed
 * with {@code kill -9}. Without the property nothing happens. Never set it in production.
 */
final class FaultInjection {

    static final String PROPERTY = "kck.reports.halt-at";
    static final String BEFORE_COMMIT = "before-commit";
    static final String AFTER_COMMIT = "after-commit";

    private FaultInjection() {
    }

    static void point(String name) {
        if (name.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
