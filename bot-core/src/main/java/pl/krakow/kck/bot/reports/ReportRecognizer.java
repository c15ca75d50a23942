package pl.krakow.kck.bot.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * Tells a statement of a problem ("Na Karmelickiej 12 nie świeci latarnia", "dziura w jezdni na
 * Wielickiej") from a question about it ("jak zgłosić dziurę?", "gdzie zgłosić zepsutą latarnię"), which
 * the knowledge base answers. A statement starts a report when it names a category and says something is
 * wrong (one of the category's signals or a general problem cue), or when the resident says they want to
 * report something. An emergency is recognised in questions too: it is never sent to a form.
 */
public final class ReportRecognizer {

    /** Words that make a message a question wherever they stand. */
    private static final Set<String> QUESTION_WORDS = Set.of("gdzie", "kto", "komu", "kogo", "czy", "dlaczego", "czemu",
            "jak", "jaki", "jaka", "jakie", "jakiego", "jakiej", "jakich", "jakim", "jakimi", "ile", "ilu", "skad",
            "dokad");
    /** Words that make a message a question when they open it. */
    private static final Set<String> QUESTION_OPENERS = Set.of("co", "kiedy", "ktory", "ktora", "ktore", "ktorego", "ktorej",
            "mozna", "moge", "musze", "trzeba", "potrzebuje", "prosze", "pytanie", "informacja", "informacje");
    private static final Pattern INTENT = Pattern.compile(
            "\\b(chce|chcialbym|chcialabym|chcemy|pragne|musze|moge)\\s+(to\\s+)?(zglosic|zgloszenie|zlozyc\\s+zgloszenie)"
                    + "|\\bzglaszam\\b|^zglos\\b|\\bnowe\\s+zgloszenie\\b|\\bzlozyc\\s+zgloszenie\\b");
    /** After an intent, words that leave no other matter than "a problem" ("chcę zgłosić problem"). */
    private static final Set<String> GENERIC = Set.of("chce", "chcialbym", "chcialabym", "chcemy", "pragne", "musze", "moge",
            "to", "zglosic", "zglaszam", "zglos", "zgloszenie", "nowe", "zlozyc", "problem", "problemy", "awarie", "awaria",
            "usterke", "usterka", "interwencje", "sprawe", "cos", "prosze", "o", "w", "na", "przy", "mam", "jest", "pewien",
            "pewna", "pewny", "taki", "jeden", "jedna", "mieszkam", "okolicy", "miescie", "krakowie", "ulicy", "sie");

    private final CategoryMatcher matcher;
    private final LocationParser locations = new LocationParser();

    public ReportRecognizer(CategoryMatcher matcher) {
        this.matcher = matcher;
    }

    /** What a message (with no report open) asks for. */
    public sealed interface Reading permits Report, Emergency, Redirect {
    }

    /**
     * Start a report.
     *
     * @param category   the category, when one clearly fits
     * @param candidates the close candidates when several fit; empty otherwise
     * @param location   the place named in the message, if any
     */
    public record Report(ServiceCategory category, List<ServiceCategory> candidates, Location location) implements Reading {
    }

    /** Danger to life: tell the resident to call 112, no form. */
    public record Emergency(ServiceCategory category) implements Reading {
    }

    /** Another service takes it directly (Straż Miejska 986, a utility's 24-hour line). */
    public record Redirect(ServiceCategory category) implements Reading {
    }

    public Optional<Reading> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<CategoryMatcher.Match> matches = matcher.matches(text);
        Optional<CategoryMatcher.Match> emergency = matches.stream()
                .filter(m -> m.category().handling() == ServiceCategory.Handling.EMERGENCY).findFirst();
        if (emergency.isPresent()) {
            return Optional.of(new Emergency(emergency.get().category()));
        }
        if (isQuestion(text)) {
            return Optional.empty();
        }
        String folded = TextAnalyzer.fold(text);
        boolean intent = INTENT.matcher(folded).find();
        boolean cue = matcher.hasProblemCue(text);
        List<CategoryMatcher.Match> fitting = matches.stream().filter(m -> m.signalled() || cue || intent).toList();
        if (fitting.isEmpty()) {
            if (intent && onlyGeneric(folded)) {
                return Optional.of(new Report(null, List.of(), locations.find(text).orElse(null)));
            }
            return Optional.empty();
        }
        double best = fitting.getFirst().score();
        List<ServiceCategory> top = fitting.stream().filter(m -> m.score() >= best - 1e-9).map(CategoryMatcher.Match::category).toList();
        Location location = locations.find(text).orElse(null);
        if (top.size() == 1) {
            ServiceCategory category = top.getFirst();
            if (category.handling() == ServiceCategory.Handling.REDIRECT) {
                return Optional.of(new Redirect(category));
            }
            return Optional.of(new Report(category, List.of(), location));
        }
        List<ServiceCategory> candidates = fitting.stream().map(CategoryMatcher.Match::category).limit(4).toList();
        return Optional.of(new Report(null, candidates, location));
    }

    /** A question (about reporting or anything else), not a statement of a problem. */
    public static boolean isQuestion(String text) {
        if (text.contains("?")) {
            return true;
        }
        String[] words = words(text);
        if (words.length == 0) {
            return false;
        }
        if (QUESTION_OPENERS.contains(words[0]) || (words[0].equals("do") && words.length > 1 && words[1].equals("kogo"))) {
            return true;
        }
        return Arrays.stream(words).anyMatch(QUESTION_WORDS::contains);
    }

    private static boolean onlyGeneric(String folded) {
        return Arrays.stream(words(folded)).allMatch(GENERIC::contains);
    }

    private static String[] words(String text) {
        String cleaned = TextAnalyzer.fold(text).replaceAll("[^a-z0-9 ]", " ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
    }
}
