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
 * report something. A statement that something is broken, dirty, dangerous or missing that names no
 * category's keyword opens the form too, at the category question, with the likeliest categories
 * ({@link CategoryRanker}) — unless it is about a place that is not public space (a staircase, one's own
 * car). A danger (the category's danger signals, or a general danger cue) carries the number to call first.
 * An emergency is recognised in questions too: it is never sent to a form.
 */
public final class ReportRecognizer {

    /** Words that make a message a question wherever they stand. */
    private static final Set<String> QUESTION_WORDS = ReportWords.get("question-words");
    /** Words that make a message a question when they open it. */
    private static final Set<String> QUESTION_OPENERS = ReportWords.get("question-openers");
    /** Words that may come before a question word opening a question ("a jak…", "to jak…"). */
    private static final Set<String> LEAD_INS = ReportWords.get("lead-ins");
    private static final Pattern INTENT = Pattern.compile(
            "\\b(chce|chcialbym|chcialabym|chcemy|pragne|musze|moge)\\s+(to\\s+)?(zglosic|zgloszenie|zlozyc\\s+zgloszenie)"
                    + "|\\bzglaszam\\b|^zglos\\b|\\bnowe\\s+zgloszenie\\b|\\bzlozyc\\s+zgloszenie\\b");
    /** After an intent, words that leave no other matter than "a problem" ("chcę zgłosić problem"). */
    private static final Set<String> GENERIC = ReportWords.get("generic");

    /** How many likely categories the form offers for a statement that names none. */
    static final int RANKED_CHOICES = 4;

    private final CategoryMatcher matcher;
    private final CategoryRanker ranker;
    private final String dangerNotice;
    private final List<String> intents;
    private final LocationParser locations = new LocationParser();

    public ReportRecognizer(CategoryMatcher matcher) {
        this(matcher, null, "");
    }

    /**
     * @param ranker       ranks the categories for a statement that names none; null: such statements open no report
     * @param dangerNotice the catalogue's danger notice for a danger whose categories have none
     */
    public ReportRecognizer(CategoryMatcher matcher, CategoryRanker ranker, String dangerNotice) {
        this(matcher, ranker, dangerNotice, List.of());
    }

    /** @param intents folded phrases of another language that say the resident wants to report ("хочу повідомити") */
    public ReportRecognizer(CategoryMatcher matcher, CategoryRanker ranker, String dangerNotice, List<String> intents) {
        this.matcher = matcher;
        this.ranker = ranker;
        this.dangerNotice = dangerNotice;
        this.intents = List.copyOf(intents);
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
     * @param danger     for a danger: what to tell first (the number to call); null otherwise
     */
    public record Report(ServiceCategory category, List<ServiceCategory> candidates, Location location, String danger)
            implements Reading {

        public Report(ServiceCategory category, List<ServiceCategory> candidates, Location location) {
            this(category, candidates, location, null);
        }
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
        String words = locations.withoutPlaceNames(text);
        List<CategoryMatcher.Match> matches = matcher.matches(words);
        Optional<CategoryMatcher.Match> emergency = matches.stream()
                .filter(m -> m.category().handling() == ServiceCategory.Handling.EMERGENCY).findFirst();
        if (emergency.isPresent()) {
            return Optional.of(new Emergency(emergency.get().category()));
        }
        if (isQuestion(text) || namesActivityOnly(text, words)) {
            return Optional.empty();
        }
        Optional<Reading> reading = statement(text, words, matches);
        if (reading.orElse(null) instanceof Report && matcher.mentionsPrivatePlace(words)) {
            return Optional.empty(); // a staircase, one's own car: not the city's public space
        }
        boolean signalled = matches.stream().anyMatch(m -> m.signalled() && m.named());
        if (reading.orElse(null) instanceof Report && !signalled && Arrays.asList(words(text)).contains("mi")) {
            return Optional.empty(); // "ukradli mi rower spod stojaka", "zepsuł mi się telefon": the resident's own things
        }
        if (reading.orElse(null) instanceof Report && matcher.saysRepaired(words)) {
            return Optional.empty(); // "dziura na Wielickiej została załatana, dziękuję"
        }
        if (reading.orElse(null) instanceof Report && matcher.givesOpinion(words) && !signalled) {
            return Optional.empty(); // "moim zdaniem latarnie świecą za krótko", "dzięki za naprawę ławki"
        }
        return reading;
    }

    private Optional<Reading> statement(String text, String words, List<CategoryMatcher.Match> matches) {
        String folded = TextAnalyzer.fold(text);
        boolean intent = INTENT.matcher(folded).find() || intents.stream().anyMatch(folded::contains);
        boolean cue = matcher.hasProblemCue(words);
        List<CategoryMatcher.Match> fitting = matches.stream().filter(m -> m.named() && (m.signalled() || cue || intent)).toList();
        if (fitting.isEmpty()) {
            if (intent && onlyGeneric(folded)) {
                return Optional.of(new Report(null, List.of(), locations.find(text).orElse(null)));
            }
            if ((cue || intent) && ranker != null && (intent || aboutPublicSpace(text, words))) {
                List<ServiceCategory> likely = ranker.rank(text, RANKED_CHOICES);
                return Optional.of(new Report(null, likely, locations.find(text).orElse(null), danger(text, likely)));
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
            return Optional.of(new Report(category, List.of(), location, danger(text, List.of(category))));
        }
        List<ServiceCategory> candidates = fitting.stream().map(CategoryMatcher.Match::category)
                .filter(ServiceCategory::reportable).limit(RANKED_CHOICES).toList();
        if (candidates.isEmpty()) {
            return Optional.of(new Redirect(top.getFirst()));
        }
        return Optional.of(new Report(null, candidates, location, danger(text, candidates)));
    }

    /**
     * A lone topic ("parkowanie", "blokowanie wjazdu") is not a statement of a problem, though its verbal noun has a
     * category's signal as lemma: with no problem or danger cue and no place, the knowledge base asks what is meant.
     */
    private boolean namesActivityOnly(String text, String words) {
        return matcher.onlyNamesActivity(words) && !matcher.hasProblemCue(words) && !matcher.hasDangerCue(text)
                && !matcher.mentionsPublicPlace(words) && locations.find(text).isEmpty();
    }

    /**
     * Whether a statement that names no category speaks of public space: a place, a public-space noun or a
     * noun some category's texts use ("dziurawy ser" no, "wszystko rozwalone na skwerku" yes).
     */
    private boolean aboutPublicSpace(String text, String words) {
        return locations.find(text).isPresent() || matcher.mentionsPublicPlace(words) || ranker.sharesNoun(words);
    }

    /** For a danger, what to tell first: the notice of the first category the danger is signalled for. */
    private String danger(String text, List<ServiceCategory> categories) {
        for (ServiceCategory category : categories) {
            if (category.danger().any() && matcher.dangerSignalled(text, category)) {
                return category.danger().notice();
            }
        }
        if (!matcher.hasDangerCue(text)) {
            return null;
        }
        return categories.stream().map(ServiceCategory::danger).filter(ServiceCategory.Danger::any)
                .map(ServiceCategory.Danger::notice).findFirst()
                .orElse(dangerNotice.isBlank() ? null : dangerNotice);
    }

    /** A question (about reporting or anything else), not a statement of a problem. */
    public static boolean isQuestion(String text) {
        if (text.contains("?") || ForeignQuestions.asks(text)) {
            return true;
        }
        String[] words = words(text);
        if (words.length == 0) {
            return false;
        }
        if (QUESTION_OPENERS.contains(words[0]) || (words[0].equals("do") && words.length > 1 && words[1].equals("kogo"))) {
            return true;
        }
        if (words.length > 1 && LEAD_INS.contains(words[0]) && QUESTION_OPENERS.contains(words[1])) {
            return true; // "to kiedy to załatają", "a co dalej": an opener after a lead-in opens the question as well
        }
        return Arrays.stream(words).anyMatch(QUESTION_WORDS::contains) || asksHow(words);
    }

    /**
     * "jak" asks when it opens the message or comes before an infinitive ("jak zgłosić", "nie wiem, jak to
     * załatwić"); after a word it mostly compares ("ciemno jak w grobie", "ślisko jak diabli").
     */
    private static boolean asksHow(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("jak")) {
                continue;
            }
            if (i == 0 || (i == 1 && LEAD_INS.contains(words[0]))) {
                return true;
            }
            for (int j = i + 1; j < Math.min(words.length, i + 3); j++) {
                if (words[j].endsWith("c") && words[j].length() > 3) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlyGeneric(String folded) {
        return Arrays.stream(words(folded)).allMatch(GENERIC::contains);
    }

    private static String[] words(String text) {
        String cleaned = TextAnalyzer.fold(text).replaceAll("[^a-z0-9 ]", " ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
    }
}
