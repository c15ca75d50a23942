package pl.krakow.kck.bot.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.UkrainianDictionary;

/**
 * The language of one message, from a statistical {@link LanguageDetector} and what the letters say for
 * sure, with the conversation's language as a prior.
 *
 * <ol>
 *   <li>Acronyms ("PESEL", "SCT"), "ok", numbers, report numbers, emoji and punctuation tell nothing: such a
 *       message is {@code neutral} and keeps the conversation's language.</li>
 *   <li>A message mostly in another script (Arabic, Devanagari, Georgian…) is {@code other}.</li>
 *   <li>Any Cyrillic word makes it a Cyrillic language, judged on its Cyrillic words only, since Ukrainians
 *       write Polish office words in Latin letters ("загубив dowód osobisty"): і ї є ґ without ы э ъ ё is
 *       Ukrainian, the reverse Russian, ў Belarusian; then function words of one of the two and not the other
 *       ("це", "мене" / "где", {@link CyrillicWords}); words that are all Ukrainian word forms (Morfologik's
 *       Ukrainian dictionary) are Ukrainian; else the detector among the Cyrillic languages.</li>
 *   <li>Otherwise among the Latin-script languages. English function words that are no Polish words
 *       ("how", "the", "I"), at least as many as Polish function words, make a message with Polish office
 *       words English ("I lost my dowód osobisty", but not "parkingi park and ride w Krakowie gdzie są");
 *       without them, Polish letters, or two Polish function words more than English ones against the detector's
 *       English (three in a conversation in English), make it Polish ({@link FunctionWords}). Words of both
 *       languages ("my", "do", "a", "on", "by", "one") count for neither. English words also win over an unserved
 *       language the detector finds barely likelier ("can a foreigner do e-meldunek online or only in person?",
 *       "wich apps sell tickets?" read as German). Without English words or Polish letters, a message whose words
 *       are mostly Ukrainian word forms in Latin letters and no Polish ones is Ukrainian ("yak otrymaty pesel",
 *       {@link UkrainianInLatin}).</li>
 *   <li>A short Latin-script message without English words in a Ukrainian conversation, or  names a Polish
 *       place or office word ("Karmelicka 12", "meldunek"); in an English one, one without English or Polish
 *       function words that has a number or only capitalised words names a place ("Długa 20", "Rondo
 *       Mogilskie"); both keep the conversation's language.</li>
 *   <li>A short Latin-script message the detector finds plausible in the conversation's language stays in
 *       it ("super", "dobra"); in a Polish conversation, so does a longer one with Polish function words that the
 *       detector finds nearly as likely Polish as German or French ("a telefon do nich?").</li>
 * </ol>
 */
public final class LanguageIdentifier {

    /** Confidence (relative to the detector's best) at which the conversation's language is kept. */
    static final double PRIOR_HOLD = 0.8;
    /** Messages of up to this many words can be held in the conversation's language. */
    static final int SHORT = 3;

    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("uk", "ru", "be", "bg", "sr", "mk");
    private static final Set<String> NEUTRAL_WORDS = Set.of("ok");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");
    private static final Pattern RUSSIAN_LETTERS = Pattern.compile("[ыэъёЫЭЪЁ]");
    private static final Pattern BELARUSIAN_LETTERS = Pattern.compile("[ўЎ]");
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąęłńśźżĄĘŁŃŚŹŻ]");
    /**
     * An unserved Latin-script language (German, French, Spanish) gives way to English when the message has English
     * function words and the detector finds English nearly as likely: "can a foreigner do e-meldunek online or only in
     * person?" (German 1.0, English 0.98), not "Wo kann ich in Krakau das Parken bezahlen?" (English 0.68).
     */
    static final double ENGLISH_CLOSE = 0.9;
    /**
     * Polish function words, beyond the English ones, that make a message Polish though the detector reads it as
     * English ("co to jest sterfomat"); one alone could be a name's ("Karta Krakowska dla seniora price"). In a
     * conversation in English one more is needed: the detector and the conversation agree on English there.
     */
    static final int POLISH_WORDS = 2;

    private final LanguageDetector detector;

    public LanguageIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    public LanguageDetector detector() {
        return detector;
    }

    /**
     * @param prior the conversation's language so far, or null for a first message
     */
    public Identified identify(String text, Language prior) {
        List<String> words = meaningfulWords(text == null ? "" : text);
        if (words.isEmpty()) {
            return Identified.neutral(prior);
        }
        List<String> cyrillic = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        int foreign = 0;
        for (String word : words) {
            switch (script(word)) {
                case CYRILLIC -> cyrillic.add(word);
                case LATIN -> latin.add(word);
                default -> foreign++;
            }
        }
        if (foreign >= cyrillic.size() + latin.size()) {
            return Identified.ofCode(Identified.OTHER);
        }
        if (!cyrillic.isEmpty()) {
            return cyrillic(String.join(" ", cyrillic), prior, words.size());
        }
        return latin(latin, prior, words.size(), looksLikeAName(text, latin));
    }

    private Identified cyrillic(String text, Language prior, int words) {
        if (BELARUSIAN_LETTERS.matcher(text).find()) {
            return Identified.ofCode("be");
        }
        boolean ukrainian = UKRAINIAN_LETTERS.matcher(text).find();
        boolean russian = RUSSIAN_LETTERS.matcher(text).find();
        if (ukrainian != russian) {
            return Identified.ofCode(ukrainian ? "uk" : Identified.RUSSIAN);
        }
        int lean = CyrillicWords.ukrainianLean(text);
        if (lean != 0) {
            return lean > 0 ? Identified.of(Language.UK) : Identified.ofCode(Identified.RUSSIAN); // "це", "мене" / "где"
        }
        if (!russian && Arrays.stream(text.split(" ")).allMatch(UkrainianDictionary::knows)) {
            return Identified.of(Language.UK); // "ще питання", "де паркомат": every word a Ukrainian word form
        }
        // No prior here: Russian and Ukrainian are too close for "plausible in the conversation's language" to hold
        // a short Russian message in a Ukrainian conversation; Ukrainian word forms were recognised above.
        return decide(detector.confidences(text), true, null, words);
    }

    private Identified latin(List<String> latin, Language prior, int words, boolean name) {
        String text = String.join(" ", latin);
        FunctionWords functionWords = FunctionWords.of(latin);
        boolean english = functionWords.english();
        int polishWords = functionWords.polishWords();
        if (functionWords.allEnglish(latin.size())) {
            return Identified.of(Language.EN); // "thx", "bye", "sure": too short for the detector's letter sequences
        }
        boolean polishLetters = POLISH_LETTERS.matcher(text).find();
        if (!english && !polishLetters && UkrainianInLatin.reads(latin)) {
            return Identified.of(Language.UK); // "yak otrymaty pesel": Ukrainian words in Latin letters
        }
        if (prior == Language.UK && !english && words <= SHORT) {
            // a Ukrainian resident's short Latin message is a Polish name or office word ("Karmelicka 12",
            // "meldunek"), the places being Polish streets: not a switch to Polish
            return Identified.of(Language.UK);
        }
        if (prior == Language.EN && !english && polishWords == 0 && words <= SHORT && name) {
            // an English-speaking resident's short answer that names a Polish place ("Długa 20", "Rondo Mogilskie"),
            // the form asking where: not a switch to Polish (a Polish sentence has Polish function words)
            return Identified.of(Language.EN);
        }
        if (polishLetters && !english) {
            // what the last two rules below decide whatever the detector finds: Polish letters without English
            // function words are Polish. Decided before the detector, whose n-gram scoring costs about a tenth of
            // a message's CPU (issue 17)
            return Identified.of(Language.PL);
        }
        Map<String, Double> confidences = detector.confidences(text);
        Identified decided = decide(confidences, false, prior, words);
        if (english && (decided.code().equals("pl") || polishLetters)) {
            return Identified.of(Language.EN); // an English sentence with Polish office words in it
        }
        if (english && decided.unserved() && confidences.getOrDefault(Language.EN.code(), 0.0) >= ENGLISH_CLOSE * top(confidences)) {
            return Identified.of(Language.EN); // English words the detector finds nearly as likely as German or French
        }
        int polishNeeded = prior == Language.EN ? POLISH_WORDS + 1 : POLISH_WORDS;
        if (prior == Language.PL && decided.unserved() && !english && polishWords > 0
                && confidences.getOrDefault(Language.PL.code(), 0.0) >= PRIOR_HOLD * top(confidences)) {
            return Identified.of(Language.PL); // "a telefon do nich?" in a Polish conversation, read as German
        }
        if (!english && (polishLetters
                || functionWords.polishMargin() >= polishNeeded && decided.code().equals(Language.EN.code()))) {
            return Identified.of(Language.PL); // "co to jest sterfomat": Polish words around a word the detector misreads
        }
        return decided;
    }

    /** The likeliest language of the script, unless a short message is plausible in the conversation's. */
    private static Identified decide(Map<String, Double> confidences, boolean cyrillic, Language prior, int words) {
        String best = null;
        double top = 0;
        for (Map.Entry<String, Double> entry : confidences.entrySet()) {
            if (CYRILLIC_LANGUAGES.contains(entry.getKey()) == cyrillic && entry.getValue() > top) {
                best = entry.getKey();
                top = entry.getValue();
            }
        }
        if (prior != null && words <= SHORT && top > 0) {
            double held = confidences.getOrDefault(prior.code(), 0.0);
            if (held >= PRIOR_HOLD * top) {
                return Identified.of(prior);
            }
        }
        if (best == null) {
            return cyrillic ? Identified.ofCode(Identified.OTHER) : Identified.neutral(prior);
        }
        return Identified.ofCode(best);
    }

    private static double top(Map<String, Double> confidences) {
        return confidences.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** A house number, or every word capitalised ("Długa 20", "Rondo Mogilskie"): a place's name. */
    private static boolean looksLikeAName(String text, List<String> words) {
        return text.chars().anyMatch(Character::isDigit)
                || !words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /** Words with letters, less acronyms (two or more capitals: PESEL, SCT, KRK) and "ok". */
    static List<String> meaningfulWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            if (!acronym && !NEUTRAL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return words;
    }

    private static UnicodeScript script(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                return script;
            }
            i += Character.charCount(cp);
        }
        return UnicodeScript.COMMON;
    }
}
