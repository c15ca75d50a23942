package pl.krakow.kck.bot.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.WordSets;

/**
 * What the function words of a Latin-script message say of its language: how many are English only, how many
 * Polish only. The detector reads a short message by its letter sequences, and these words are the evidence
 * it weighs least: "co to jest sterfomat" reads as English to it, "wich apps sell tickets" as German.
 *
 * <p>Other English words count too, but only where no Polish function word is: an English-speaking resident names
 * a Polish office with one or two English words ("Urząd Miasta opening hours?", "meldunek deadline"), while a
 * Polish sentence with an English word in it has its own function words ("jak zapłacić przez app").
 *
 * @param englishWords English function words that are no Polish words, chat spellings included ("wich", "dont")
 * @param polishWords  Polish function words that are no English words in a resident's chat ("co", "jest", "dla")
 * @param otherEnglish other words of the English edition that are no Polish words ({@code english-words.txt})
 */
record FunctionWords(int englishWords, int polishWords, int otherEnglish) {

    /** English function words and chat words, and the words English and Polish share ({@code function-words.en.txt}). */
    private static final WordSets LISTS = WordSets.resource(FunctionWords.class, "function-words.en.txt", Set.of("english", "shared"));
    /** English function words that are not Polish words (so not "to", "do", "my", "a", "i", "on", "no", "we"). */
    private static final Set<String> ENGLISH = LISTS.get("english");
    /**
     * Function words of both English and Polish: "my", "do", "a", "i", "on", "to", "no", "we", and Polish ones
     * English-speaking residents write as English words ("by" tram, "one" ticket, "ten" minutes, "im" = I'm,
     * "u" = you). "lost my dowod osobisty on a night out, what do i do now" holds five of them, which tell nothing
     * about which of the two it is in.
     */
    private static final Set<String> ENGLISH_AND_POLISH = LISTS.get("shared");

    private static final Stopwords POLISH_STOPWORDS = Stopwords.polish();
    private static final Set<String> ENGLISH_CONTENT = read("english-words.txt");

    static FunctionWords of(List<String> latinWords) {
        int english = 0;
        int polish = 0;
        int other = 0;
        for (String word : latinWords) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.equals("I")) {
                english++; // the capital is English: Polish "i" ("and") is written small
            } else if (ENGLISH_AND_POLISH.contains(lower)) {
                continue;
            } else if (ENGLISH.contains(lower)) {
                english++;
            } else if (POLISH_STOPWORDS.contains(TextAnalyzer.fold(word))) {
                polish++;
            } else if (ENGLISH_CONTENT.contains(lower)) {
                other++;
            }
        }
        return new FunctionWords(english, polish, other);
    }

    /**
     * English function words and at least as many as Polish ones, or English words and no Polish function word: an
     * English sentence, Polish office words or not.
     */
    boolean english() {
        return englishWords > 0 && englishWords >= polishWords || otherEnglish > 0 && polishWords == 0;
    }

    /** Every word an English function or chat word ("thx", "bye", "yes please"): English whatever the detector says. */
    boolean allEnglish(int words) {
        return englishWords > 0 && englishWords == words;
    }

    /** Polish function words beyond the English ones. */
    int polishMargin() {
        return polishWords - englishWords - otherEnglish;
    }

    private static Set<String> read(String resource) {
        try (java.io.InputStream in = FunctionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            Set<String> words = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
