package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Finds the categories a text is about by their keywords and signals, compared on lemmas
 * ({@link TextAnalyzer}): "latarni", "latarnie" and "latarnia" match "latarnia", "swieci" matches
 * "świecić". A phrase matches when all its words occur close together (within its length plus three
 * words, in any order), so "nie świeci" matches "latarnia nie świeci" but not a "nie" at the other end
 * of a long message.
 */
public final class CategoryMatcher {

    private static final int SLACK = 3;
    /** Salience of nouns and of function words in {@link Word}. */
    private static final double NOUN = 1.0;
    private static final double FUNCTION = 0.3;

    /**
     * One category's score for a text.
     *
     * @param signalled one of the category's signals occurs
     * @param named     one of its keywords occurs, or a signal no other category and no general cue shares
     *                  ("ciemno" names street lights; "brakuje" names nothing)
     */
    public record Match(ServiceCategory category, double score, boolean signalled, boolean named) {
    }

    /**
     * @param lemmas {@code words} as arrays, for the test every phrase of the catalogue meets for every text read
     * @param id     the phrase's number in {@link #phrasesStarting}
     */
    private record Phrase(List<Set<String>> words, String[][] lemmas, int id) {
        static Phrase of(List<Set<String>> words, int id) {
            return new Phrase(words, words.stream().map(word -> word.toArray(String[]::new)).toArray(String[][]::new), id);
        }

        double weight() {
            return 1 + 0.5 * (words.size() - 1);
        }
    }

    /**
     * A text's lemmas word by word, and all of them together: a phrase with a word none of them has cannot occur.
     *
     * @param started the phrases whose first word one of {@code all} is ({@link #phrasesStarting}): the others cannot
     *                occur, and most phrases of the catalogue are ruled out by one look-up per lemma of the text
     */
    private record Lemmas(String text, List<Set<String>> words, Set<String> all, BitSet started, Lemmas acts) {
        static Lemmas of(String text, List<Set<String>> words, Map<String, BitSet> phrasesStarting) {
            Set<String> all = new HashSet<>();
            words.forEach(all::addAll);
            BitSet started = new BitSet();
            for (String lemma : all) {
                BitSet phrases = phrasesStarting.get(lemma);
                if (phrases != null) {
                    started.or(phrases);
                }
            }
            return new Lemmas(text, words, all, started, null);
        }

        /** @param acts the lemmas as read for signals: a verbal noun naming a matter as itself ({@link VerbalNouns#asActs}) */
        static Lemmas of(String text, List<Set<String>> words, List<Set<String>> acts, Map<String, BitSet> phrasesStarting) {
            Lemmas plain = of(text, words, phrasesStarting);
            return acts.equals(words) ? plain
                    : new Lemmas(text, words, plain.all(), plain.started(), of(text, acts, phrasesStarting));
        }

        /** The lemmas the category's signals are looked for in. */
        Lemmas forSignals() {
            return acts == null ? this : acts;
        }

        boolean mayHold(Phrase phrase) {
            if (!started.get(phrase.id())) {
                return false;
            }
            String[][] lemmas = phrase.lemmas();
            for (int i = 1; i < lemmas.length; i++) {
                if (!anyIn(lemmas[i])) {
                    return false;
                }
            }
            return true;
        }

        private boolean anyIn(String[] lemmas) {
            for (String lemma : lemmas) {
                if (all.contains(lemma)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Entry(ServiceCategory category, List<Phrase> keywords, List<Phrase> signals, List<Phrase> distinctive,
                         List<Phrase> dangers) {
    }

    private final TextAnalyzer analyzer;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Phrase> cues;
    private final List<Phrase> dangerCues;
    private final List<Phrase> privatePlaces;
    private final List<Phrase> publicPlaces;
    private final List<Phrase> opinions;
    private final List<Phrase> repairs;
    /** Words that say a thing is broken again or still ("znowu", "nadal"). */
    private static final Set<String> STILL = ReportWords.get("still");
    private final CatalogueSpelling spelling;
    private final ThreadLocal<Lemmas> lastRead = new ThreadLocal<>();
    /** Every phrase read from the catalogue by the lemmas of its first word, as bits of {@link Phrase#id}. */
    private final Map<String, BitSet> phrasesStarting = new HashMap<>();
    private int phraseCount;

    public CategoryMatcher(CategoryCatalogue catalogue, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        Set<String> vocabulary = new HashSet<>();
        List<String> everything = new ArrayList<>(catalogue.cues().problems());
        everything.addAll(catalogue.cues().dangers());
        for (ServiceCategory category : catalogue.categories()) {
            everything.addAll(category.keywords());
            everything.addAll(category.signals());
            everything.addAll(category.danger().signals());
        }
        everything.forEach(text -> analyzer.words(text).forEach(word -> vocabulary.addAll(word.lemmas())));
        this.spelling = new CatalogueSpelling(vocabulary, analyzer.language() != Language.EN);
        // A signal is distinctive when no other category and no general cue has one of the same lemmas
        // ("pęknięty" and "pęknąć" are one signal).
        Map<List<Set<String>>, Integer> uses = new HashMap<>();
        catalogue.cues().problems().forEach(cue -> uses.merge(lemmas(cue), 2, Integer::sum));
        for (ServiceCategory category : catalogue.categories()) {
            category.signals().stream().map(this::lemmas).distinct().forEach(signal -> uses.merge(signal, 1, Integer::sum));
        }
        for (ServiceCategory category : catalogue.categories()) {
            List<String> distinctive = category.signals().stream().filter(s -> uses.get(lemmas(s)) == 1).toList();
            entries.add(new Entry(category, phrases(category.keywords()), phrases(category.signals()), phrases(distinctive),
                    phrases(category.danger().signals())));
        }
        this.cues = phrases(catalogue.cues().problems());
        this.dangerCues = phrases(catalogue.cues().dangers());
        this.privatePlaces = phrases(catalogue.cues().privatePlaces());
        this.publicPlaces = phrases(catalogue.cues().publicPlaces());
        this.opinions = phrases(catalogue.cues().opinions());
        this.repairs = phrases(catalogue.cues().repairs());
    }

    /** The categories the text names, best first; empty when none. */
    public List<Match> matches(String text) {
        Lemmas words = read(text);
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            double score = 0;
            boolean signalled = false;
            boolean named = anyOccurs(entry.distinctive(), words);
            for (Phrase keyword : entry.keywords()) {
                if (occurs(keyword, words)) {
                    score += keyword.weight();
                    named = true;
                }
            }
            for (Phrase signal : entry.signals()) {
                if (occurs(signal, words.forSignals())) {
                    score += signal.weight();
                    signalled = true;
                }
            }
            if (score > 0) {
                matches.add(new Match(entry.category(), score, signalled, named));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches;
    }

    /**
     * Whether the text holds one of the catalogue's general problem cues ("nie działa", "zepsuty"), or a verb
     * said not to work as it should ("karuzela się nie kręci", "przycisk nie reaguje", "nikt nie kosi").
     */
    public boolean hasProblemCue(String text) {
        return anyOccurs(cues, read(text)) || NegatedVerb.in(analyzer.words(text));
    }

    /** Whether the text speaks of public space by one of the catalogue's public places ("ulica", "skwer"). */
    public boolean mentionsPublicPlace(String text) {
        return anyOccurs(publicPlaces, read(text));
    }

    /**
     * Whether the text says something was put right ("naprawili dziurę", "dziura została załatana") — not "nie
     * naprawili", "nikt nie załatał", and not when it is broken "znowu", "nadal", "dalej" or "wciąż".
     */
    public boolean saysRepaired(String text) {
        List<Word> words = analyzer.words(text);
        if (words.stream().anyMatch(w -> STILL.contains(w.folded()))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean negatedHere = (i > 0 && words.get(i - 1).folded().equals("nie")) || (i > 1 && words.get(i - 2).folded().equals("nie"))
                    || negated(word);
            if (!negatedHere && repairs.stream().anyMatch(p -> !disjoint(word.lemmas(), p.words().getFirst()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text gives an opinion or thanks ("moim zdaniem", "dziękuję za naprawę"). */
    public boolean givesOpinion(String text) {
        return anyOccurs(opinions, read(text));
    }

    /**
     * Whether the text only names an activity ("parkowanie", "blokowanie wjazdu", misspelt "parkowanei"): a verbal
     * noun with nothing but nouns and function words beside it — no verb, participle, adjective or adverb, no "nie".
     * It names a matter the resident may ask about; it does not say that anything is wrong.
     */
    public boolean onlyNamesActivity(String text) {
        boolean activity = false;
        for (Word word : analyzer.words(text)) {
            boolean noun = word.salience() >= NOUN;
            if ((!noun && word.salience() > FUNCTION) || word.folded().equals("nie") || negated(word)) {
                return false;
            }
            activity |= noun && verbalNoun(word);
        }
        return activity;
    }

    /** "parkowanie" (lemma parkować), or an unknown word one edit from the verbal noun of the verb it was meant as. */
    private boolean verbalNoun(Word word) {
        String folded = word.folded();
        Set<String> lemmas = spelling == null ? word.lemmas() : spelling.lemmas(word);
        for (String lemma : lemmas) {
            if (lemma.length() <= 3 || !lemma.endsWith("c")) {
                continue;
            }
            if (word.inDictionary() ? folded.endsWith("nie") || folded.endsWith("cie")
                    : CatalogueSpelling.withinOneEdit(folded, lemma.substring(0, lemma.length() - 1) + "nie")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds one of the catalogue's general danger cues ("ktoś może wpaść"). */
    public boolean hasDangerCue(String text) {
        return anyOccurs(dangerCues, read(text));
    }

    /** Whether the text holds one of the category's own danger signals ("bez pokrywy"). */
    public boolean dangerSignalled(String text, ServiceCategory category) {
        Lemmas words = read(text);
        return entries.stream().filter(e -> e.category().code().equals(category.code()))
                .anyMatch(e -> anyOccurs(e.dangers(), words));
    }

    /** Whether the text is about a place that is not public space ("na klatce schodowej", "w moim samochodzie"). */
    public boolean mentionsPrivatePlace(String text) {
        return anyOccurs(privatePlaces, read(text));
    }

    private static boolean anyOccurs(List<Phrase> phrases, Lemmas words) {
        return phrases.stream().anyMatch(phrase -> occurs(phrase, words));
    }

    private List<Phrase> phrases(List<String> texts) {
        List<Phrase> phrases = new ArrayList<>();
        for (String text : texts) {
            List<Set<String>> words = lemmas(text);
            if (!words.isEmpty()) {
                Phrase phrase = Phrase.of(words, phraseCount++);
                words.getFirst().forEach(lemma -> phrasesStarting.computeIfAbsent(lemma, k -> new BitSet()).set(phrase.id()));
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    /** The text's lemmas; the last text read on this thread is not read again (one message asks several questions). */
    private Lemmas read(String text) {
        Lemmas known = lastRead.get();
        if (known != null && known.text().equals(text)) {
            return known;
        }
        List<Word> analysed = analyzer.words(text);
        Lemmas read = Lemmas.of(text, lemmas(analysed), VerbalNouns.asActs(analysed, lemmas(analysed)), phrasesStarting);
        lastRead.set(read);
        return read;
    }

    /**
     * The lemmas of each word of a text ("gałęzie" → {galaz}; a misspelt word as the catalogue word it was meant as);
     * also for reading answers to options on lemmas.
     */
    List<Set<String>> lemmas(String text) {
        return lemmas(analyzer.words(text));
    }

    private List<Set<String>> lemmas(List<Word> words) {
        List<Set<String>> lemmas = new ArrayList<>();
        boolean afterNie = false;
        for (Word word : words) {
            if (negated(word)) {
                lemmas.add(Set.of("nie")); // "nieodśnieżony": the dictionary's lemma (odśnieżyć) drops the "nie"
            }
            if (afterNie && NegatedVerb.firstPerson(word)) {
                lemmas.add(Set.of(word.folded())); // "nie odebrałem dowodu": the resident's own doing, not "nie odebrali"
            } else {
                lemmas.add(spelling == null ? word.lemmas() : spelling.lemmas(word));
            }
            afterNie = word.folded().equals("nie");
        }
        return lemmas;
    }

    /** A negated participle or adjective whose lemma is the positive word ("nieposypany" → posypać). */
    private static boolean negated(Word word) {
        return word.inDictionary() && word.folded().startsWith("nie") && word.folded().length() > 6
                && word.lemmas().stream().noneMatch(lemma -> lemma.startsWith("nie"));
    }

    private static boolean occurs(Phrase phrase, Lemmas lemmas) {
        if (!lemmas.mayHold(phrase)) {
            return false;
        }
        List<Set<String>> words = lemmas.words();
        List<Set<String>> wanted = phrase.words();
        int span = wanted.size() + SLACK;
        for (int start = 0; start < words.size(); start++) {
            if (!intersects(words.get(start), wanted)) {
                continue;
            }
            int end = Math.min(words.size(), start + span);
            if (allWithin(wanted, words, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> word, List<Set<String>> wanted) {
        for (Set<String> lemmas : wanted) {
            if (!disjoint(word, lemmas)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allWithin(List<Set<String>> wanted, List<Set<String>> words, int start, int end) {
        boolean[] used = new boolean[end - start];
        for (Set<String> lemmas : wanted) {
            boolean found = false;
            for (int i = start; i < end && !found; i++) {
                if (!used[i - start] && !disjoint(words.get(i), lemmas)) {
                    used[i - start] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String lemma : a) {
            if (b.contains(lemma)) {
                return false;
            }
        }
        return true;
    }
}
