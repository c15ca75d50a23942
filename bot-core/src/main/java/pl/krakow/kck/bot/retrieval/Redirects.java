package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Whose matter a question is when it is not the city's: a phrase of {@code out-of-scope.txt} (ZUS, PIT…),
 * or "in &lt;another town&gt;" ({@code other-places.txt}, and {@code other-places.<lang>.txt} in that language's
 * edition) without Kraków being mentioned, the preposition and Kraków's name read in the edition's language.
 * Kraków named only as where a journey starts ("from Kraków to Zakopane", "z Krakowa do Zakopanego") does not
 * make it the city's matter, and the journey's end counts as the place asked about.
 */
final class Redirects {

    /** The words before a place ("w Wieliczce", "у Величці", "in Wieliczka") in each language, folded. */
    private static final Map<Language, Set<String>> PREPOSITIONS = Map.of(
            Language.PL, Set.of("w", "we", "na"),
            Language.UK, Set.of("у", "в", "на", "w", "we", "na"),
            Language.EN, Set.of("in", "at", "near", "around"));
    /** The words before where a journey goes ("do Zakopanego", "до Закопаного", "to Zakopane"), folded. */
    private static final Map<Language, Set<String>> DESTINATIONS = Map.of(
            Language.PL, Set.of("do"),
            Language.UK, Set.of("до", "do"),
            Language.EN, Set.of("to"));
    /** The words before where a journey starts ("z Krakowa", "з Кракова", "from Krakow"), folded. */
    private static final Map<Language, Set<String>> ORIGINS = Map.of(
            Language.PL, Set.of("z", "ze"),
            Language.UK, Set.of("з", "із", "зі", "z", "ze"),
            Language.EN, Set.of("from"));
    /** The words for here in each language, folded: where the resident is, as Kraków's name says it. */
    private static final Map<Language, Set<String>> HERE = Map.of(
            Language.PL, Set.of("tu", "tutaj"),
            Language.UK, Set.of("тут", "тута", "tu", "tutaj"),
            Language.EN, Set.of("here"));
    /** How near another institution's matter Kraków or here must be to place it there ({@link #condition}). */
    private static final int PLACED_WITHIN = 2;
    /** Kraków's lemmas in every edition's analysis (Краків from the Ukrainian dictionary, Cracow in English). */
    private static final Set<String> KRAKOW = Set.of("krakow", "krakowski", "краків", "краківський", "cracow");

    private final KnowledgeBase knowledgeBase;
    private final Language language;
    private final Synonyms phrases;
    /** Each other town's name, word by word (the lemmas of each word): all its words must be there. */
    private final List<List<Set<String>>> otherPlaces = new ArrayList<>();
    /**
     * The towns by the first two letters of a lemma of their first word ({@link #prefix}), in the order of
     * {@link #otherPlaces}: a word of a message meets only the towns that share its first letters, not every town.
     */
    private final Map<String, List<List<Set<String>>>> placesByPrefix = new HashMap<>();

    Redirects(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, Stopwords stopwords) {
        this.knowledgeBase = knowledgeBase;
        this.language = analyzer.language();
        // "zarejestrować firmę" names the matter "rejestracja firmy" does: Polish verbs and their nouns of action alike
        this.phrases = new Synonyms(knowledgeBase.outOfScope().stream().map(KnowledgeBase.Redirect::phrases).toList(),
                analyzer, stopwords, language == Language.PL ? NounsOfAction::read : UnaryOperator.identity());
        for (String place : knowledgeBase.otherPlaces()) {
            List<Word> words = analyzer.words(place);
            if (!words.isEmpty()) {
                otherPlaces.add(words.stream().map(Word::lemmas).toList());
            }
        }
        for (List<Set<String>> place : otherPlaces) {
            place.getFirst().stream().map(Redirects::prefix).distinct()
                    .forEach(start -> placesByPrefix.computeIfAbsent(start, k -> new ArrayList<>()).add(place));
        }
    }

    /** The reply saying whose matter it is, or null when it is the city's. */
    String redirect(List<Word> words) {
        List<Synonyms.Match> matches = phrases.find(words);
        if (!matches.isEmpty()) {
            return knowledgeBase.outOfScope().get(matches.getFirst().group()).reply();
        }
        boolean krakow = false;
        boolean leavesKrakow = false;
        for (int i = 0; i < words.size(); i++) {
            if (krakow(words.get(i))) {
                boolean origin = i > 0 && ORIGINS.get(language).contains(words.get(i - 1).folded());
                krakow |= !origin;
                leavesKrakow |= origin;
            }
        }
        Set<String> prepositions = new java.util.HashSet<>(PREPOSITIONS.get(language));
        if (leavesKrakow) {
            prepositions.addAll(DESTINATIONS.get(language)); // from Kraków to another town: that town's matter
        }
        for (int i = 1; i < words.size() && !krakow; i++) {
            String before = words.get(i - 1).folded();
            if (prepositions.contains(before)) {
                for (List<Set<String>> place : otherPlaces) {
                    if (namedAt(place, words, i)) {
                        String named = String.join(" ", words.subList(i, i + place.size()).stream().map(Word::surface).toList());
                        return Messages.text(Lang.resident(), "dialogue.other-place", named);
                    }
                }
            }
        }
        if (!krakow && language == Language.PL) {
            String named = ownedByAnotherTown(words);
            if (named != null) {
                return Messages.text(Lang.resident(), "dialogue.other-place", named);
            }
        }
        return null;
    }

    /**
     * Another town named in the genitive as what a matter belongs to, with no preposition before it ("budżet
     * obywatelski Wrocławia", "urząd miasta wroclawia"): its name as typed, or null. Only after a noun phrase: after a
     * preposition or an adverb the town is where one comes from, goes or lives near ("z Wrocławia", "niedaleko
     * Tarnowa"), which {@link #redirect} reads by its own rules.
     */
    private String ownedByAnotherTown(List<Word> words) {
        // each word's genitive readings once: the dictionary and the diacritic restorer are the cost, the towns are many
        List<Set<String>> genitives = new java.util.ArrayList<>(Collections.nCopies(words.size(), (Set<String>) null));
        for (int i = 1; i < words.size(); i++) {
            String start = prefix(TextAnalyzer.fold(words.get(i).surface()));
            // "Wrocławia" may be Wrocław's, never Tarnów's: its first letters are the name's (and the dictionary is the cost)
            List<List<Set<String>>> alike = placesByPrefix.getOrDefault(start, List.of());
            if (alike.isEmpty() || !PolishDictionary.endsNounPhrase(words.get(i - 1).surface())) {
                continue;
            }
            for (List<Set<String>> place : alike) {
                if (namedInGenitiveAt(place, words, i, genitives)) {
                    return String.join(" ", words.subList(i, i + place.size()).stream().map(Word::surface).toList());
                }
            }
        }
        return null;
    }

    /** The first two letters of a folded word, which a name's genitive keeps ("wroclaw" → "wroclawia", "lodz" → "lodzi"). */
    private static String prefix(String folded) {
        return folded.length() <= 2 ? folded : folded.substring(0, 2);
    }

    /** Every word of the town's name in order, its last read as a proper name's genitive ("Nowego Sącza"). */
    private static boolean namedInGenitiveAt(List<Set<String>> place, List<Word> words, int start, List<Set<String>> genitives) {
        if (start + place.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < place.size(); k++) {
            Word word = words.get(start + k);
            int at = start + k;
            if (genitives.get(at) == null) {
                genitives.set(at, PolishDictionary.genitiveOfName(word.surface()));
            }
            Set<String> genitive = genitives.get(at);
            boolean last = k == place.size() - 1;
            if (last ? Collections.disjoint(genitive, place.get(k))
                    : Collections.disjoint(word.lemmas(), place.get(k)) && Collections.disjoint(genitive, place.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the question names another institution's matter (a phrase of {@code out-of-scope}): the topics it names
     * besides that phrase ({@link TopicWords}; "Kraków" alone names none); null when it names no such matter.
     */
    Set<String> topicsNamedBeside(List<Word> words, TopicWords topics, Synonyms synonyms, Stopwords stopwords) {
        List<Synonyms.Match> matches = phrases.find(words);
        if (matches.isEmpty()) {
            return null;
        }
        boolean[] institution = new boolean[words.size()];
        for (Synonyms.Match match : matches) {
            for (int i = match.start(); i < match.start() + match.length(); i++) {
                institution[i] = true;
            }
        }
        Set<String> named = new java.util.HashSet<>();
        for (Synonyms.Match match : synonyms.find(words)) {
            boolean outside = true;
            boolean krakow = true;
            for (int i = match.start(); i < match.start() + match.length(); i++) {
                outside &= !institution[i];
                krakow &= krakow(words.get(i));
            }
            if (outside && !krakow) {
                named.addAll(topics.topicsOf(Set.of(match.concept())));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!institution[i] && !stopwords.isStopword(words.get(i)) && !krakow(words.get(i))) {
                named.addAll(topics.topicsOf(words.get(i).lemmas()));
            }
        }
        return named;
    }

    /**
     * Whether the other institution's matter a question names is only the resident's circumstance, a condition of the
     * city's own matter it asks about, not the question: the matter is placed in Kraków, within {@value #PLACED_WITHIN}
     * words of it (Kraków named, not as where a journey starts, or a word for here: "płacę PIT tutaj", "плачу PIT у
     * Кракові", "I file PIT here"), and the first article is of a topic the question names besides, holds a word of the
     * question naming its topic and speaks of the matter itself (the Karta Krakowska and the SCT exemption are for those
     * who pay PIT in Kraków). "де знаходиться податкова у Кракові?" names no topic of the article that speaks of tax
     * returns; "як продовжити карту побиту в Кракові?" is no Karta Krakowska matter, its article never speaks of pobyt.
     */
    boolean condition(List<Word> words, List<QueryConcept> concepts, Set<String> named, List<Candidate> candidates) {
        if (candidates.isEmpty() || named.isEmpty()) {
            return false;
        }
        Candidate first = candidates.getFirst();
        if (!first.named() || !named.contains(first.article().topic())) {
            return false;
        }
        for (Synonyms.Match match : phrases.find(words)) {
            if (placedInKrakow(words, match) && spokenOf(words, match, concepts, first)) {
                return true;
            }
        }
        return false;
    }

    private boolean placedInKrakow(List<Word> words, Synonyms.Match match) {
        int from = Math.max(0, match.start() - PLACED_WITHIN);
        int to = Math.min(words.size(), match.start() + match.length() + PLACED_WITHIN);
        for (int i = from; i < to; i++) {
            boolean origin = i > 0 && ORIGINS.get(language).contains(words.get(i - 1).folded());
            if (krakow(words.get(i)) && !origin || HERE.get(language).contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article holds every concept of the question read from the matter's words (and there is one), a
     * corrected word's too ("карту побиту": побиту read as pobytu).
     */
    private static boolean spokenOf(List<Word> words, Synonyms.Match match, List<QueryConcept> concepts, Candidate article) {
        Set<String> lemmas = new java.util.HashSet<>();
        Set<String> typed = new java.util.HashSet<>();
        for (Word word : words.subList(match.start(), match.start() + match.length())) {
            lemmas.addAll(word.lemmas());
            typed.add(word.surface().toLowerCase(java.util.Locale.ROOT));
        }
        boolean any = false;
        for (int c = 0; c < concepts.size() && c < article.found().size(); c++) {
            QueryConcept concept = concepts.get(c);
            String text = concept.text().split("→", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (!Collections.disjoint(concept.terms(), lemmas) || typed.contains(text)) {
                if (!article.found().get(c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean krakow(Word word) {
        return !Collections.disjoint(word.lemmas(), KRAKOW);
    }

    /** Whether the word is (a word of) another town's name: it is no local name to leave out of a question. */
    boolean namesAnotherTown(Word word) {
        for (List<Set<String>> place : otherPlaces) {
            for (Set<String> lemmas : place) {
                if (!Collections.disjoint(word.lemmas(), lemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Nowej Hucie" is not "Nowy Sącz": every word of a town's name, in order. */
    private static boolean namedAt(List<Set<String>> place, List<Word> words, int start) {
        if (start + place.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < place.size(); k++) {
            if (Collections.disjoint(words.get(start + k).lemmas(), place.get(k))) {
                return false;
            }
        }
        return true;
    }
}
