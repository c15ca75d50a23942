package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.bot.retrieval.TopicWords;

/**
 * Reads a question in the light of the conversation (issue 12): is it about the current subject ("a ile
 * kosztuje?", "gdzie to załatwię?", "a dla dziecka?"), about a new subject ("a paszport?", "a meldunek
 * trzeba zmienić?"), a question of its own, or one that names no subject at all ("ile kosztuje?" with
 * nothing before)? Stateless; the words come from the language's file: {@code follow-ups.txt} (Polish),
 * {@code follow-ups.uk.txt}, {@code follow-ups.en.txt} (same format and facet names).
 *
 * <p>A question's subject words are its concepts that are neither generic nor a facet word. None: it is
 * about the current subject (or asks which one). Some naming another topic ({@link TopicWords}) and
 * none naming the current one: a new subject, asked with the last facet when it brings none of its own.
 * Otherwise it stays on the current subject, unless it is a full question of its own
 * ({@value #OWN_QUESTION_WORDS} or more subject words, answered clearly on its own).
 */
final class FollowUps {

    static final String FILE = "follow-ups.txt";
    static final String FACET = "facet ";
    static final String GENERIC = "generic";
    /** Words that open a turn to another subject: "a paszport?", "а паспорт?", "what about the passport?". */
    static final String OPENING = "opening";
    /** Words that point back to what was said ("to", "tam", "go", "ten numer", "tych automatów"). */
    static final String REFERENCE = "reference";
    /** Words that open a qualification of the subject rather than a new one ("a przy drodze?", "a w niedzielę?"). */
    static final String MODIFIER = "modifier";
    /** Words taking a thing away ("a bez karty?", "and without the card?"): what follows was spoken of, no new subject. */
    static final String WITHOUT = "without";
    /** Words that ask which of the subject's things is meant ("a jaki formularz?"). */
    static final String WHICH = "which";
    /** Phrases that ask what something is ("co to jest SCT?"): no reference back. */
    static final String DEFINITION = "definition";
    /**
     * Nouns that say something of the subject but name no topic of their own, though the ways of asking of one
     * topic use them most ("pytania", "питання", "questions", "miasto", "city": the contact centre's).
     */
    static final String NO_TOPIC = "no-topic";
    /**
     * The facets an article's title asks with the question words a follow-up asks them with ("Who can get…", "Where
     * do I pay…"), so that the title tells which of the subject's articles answers the facet ({@link FacetArticle});
     * none when the list is absent (Polish titles name the facet in nouns the follow-up need not use: "Opłaty…").
     */
    static final String TITLED = "titled";
    /**
     * The facets whose article a title names together with its whole matter ("W jakim terminie trzeba zgłosić zgon?"):
     * a follow-up asking one is answered from the subject's article titled with it and with all the subject's matter
     * ({@link FacetTitles}); none when the list is absent.
     */
    static final String MATTER_TITLED = "matter-titled";
    /** The lists every language's file has (facets are further lists, named {@value #FACET}…). */
    static final Set<String> LISTS = Set.of(GENERIC, OPENING, REFERENCE, MODIFIER, WITHOUT, WHICH, DEFINITION, NO_TOPIC, AfterCare.LIST, LeadIns.LIST,
            LeadIns.ASIDE, Rejections.LIST, Rejections.BARE_NO);
    /** A question with this many subject words, answered clearly on its own, is not a follow-up. */
    static final int OWN_QUESTION_WORDS = 3;
    /** A follow-up no article of the subject holds, with this many telling subject words, is a matter of its own. */
    static final int OWN_MATTER_WORDS = 2;
    /** "a paszport?": a new subject with this many words or fewer, in a short question, is asked with the previous facet. */
    static final int SHORT_SWITCH_WORDS = 2;

    enum Kind { OWN, CONTINUED, SWITCHED, NO_SUBJECT, ANSWERED }

    /** The facet of opening hours, whose words ("godziny otwarcia") are an office's. */
    static final String OFFICE_HOURS = "hours";

    /** "osobisty", "chodzi o auto": a reply this short to a clarifying question is read with it even if it means something alone. */
    static final int BARE_ANSWER_WORDS = 2;

    /** "a paszport?", "a meldunek trzeba zmienić?": one subject word in this many words at most is a new subject outright. */
    static final int ELLIPTICAL_WORDS = 4;

    /** "a na paszport?": an opening, a modifier and one word naming another topic at most. */
    static final int AIMED_WORDS = 3;

    /** A reply to a clarifying question has at most this many words ("osobisty", "chodzi o samochód"). */
    static final int ANSWER_WORDS = 4;

    /**
     * @param query  the text to search for
     * @param facet  what the question asks (its own facet, or the one carried over), or null
     * @param words  the subject words to remember if the reply answers it (null: keep the current ones)
     * @param topics for a new subject ({@link Kind#SWITCHED}): the topics its words name, to be answered from first
     */
    record Reading(Kind kind, String query, String facet, String words, Set<String> topics) {

        Reading {
            topics = Set.copyOf(topics);
        }

        Reading(Kind kind, String query, String facet, String words) {
            this(kind, query, facet, words, Set.of());
        }
    }

    private final Facets facets;
    private final List<WordPattern> generic;
    private final BackReferences back;
    private final TakenAway without;
    private final List<WordPattern> noTopic;
    /** The words of the generic list and of every facet's cues, each on its own ({@link #covered}). */
    private final PatternWords genericOrFacet;

    FollowUps() {
        this(lists(Language.PL));
    }

    /** The follow-up words of a language. */
    static FollowUps of(Language language) {
        return new FollowUps(lists(language));
    }

    /** The file of a language's follow-up words: {@code follow-ups.txt} for Polish, {@code follow-ups.<code>.txt} for the others. */
    static String file(Language language) {
        return language == Language.PL ? FILE : "follow-ups." + language.code() + ".txt";
    }

    static WordLists lists(Language language) {
        return WordLists.resource(file(language), LISTS, Set.of(TITLED, MATTER_TITLED, Outbursts.LIST), FACET);
    }

    FollowUps(WordLists lists) {
        this.facets = new Facets(lists, FACET, TITLED, MATTER_TITLED);
        this.generic = lists.list(GENERIC);
        this.back = new BackReferences(lists.list(OPENING), lists.list(REFERENCE), lists.list(MODIFIER), lists.list(WHICH),
                lists.list(DEFINITION));
        this.without = new TakenAway(lists.list(WITHOUT));
        this.noTopic = lists.list(NO_TOPIC);
        List<WordPattern> known = new ArrayList<>(generic);
        known.addAll(facets.cues());
        this.genericOrFacet = new PatternWords(known);
    }

    /** The names of the facets, in file order. */
    List<String> facetNames() {
        return facets.names();
    }

    /** The facet a text asks about (the first of the file that matches), if any. */
    Optional<String> facetOf(String text) {
        return facets.of(text);
    }

    /** The facet a question asks first ({@link Facets#asked}). */
    Optional<String> askedFacet(String text) {
        return facets.asked(text);
    }

    /** Whether an article titled with the facet and all the subject's matter answers it ({@value #MATTER_TITLED}). */
    boolean matterTitled(String facet) {
        return facets.matterTitled(facet);
    }

    /** Every facet a text asks about ({@link Facets#all}). */
    Set<String> facetsOf(String text) {
        return facets.all(text);
    }

    /** Whether articles' titles tell the facet ({@value #TITLED}). */
    boolean titled(String facet) {
        return facets.titled(facet);
    }

    /** Whether a text (an article's title) speaks of the facet anywhere ({@link Facets#speaksOf}). */
    boolean speaksOf(String text, String facet) {
        return facets.speaksOf(text, facet);
    }

    /** The concepts of a question that name a subject: neither generic nor a facet's words. */
    List<QueryConcept> subject(List<QueryConcept> concepts) {
        List<QueryConcept> subject = new ArrayList<>();
        for (QueryConcept concept : concepts) {
            if (!generic(concept)) {
                subject.add(concept);
            }
        }
        return subject;
    }

    /**
     * @param asked        a clarifying question is on screen: a short message is the answer to it, read together
     *                     with the words of the question it clarifies ({@code state.words()})
     * @param search       the search of the knowledge base
     */
    Reading read(String text, SearchResult alone, DialogueState state, Optional<TopicWords> topics, double clearCoverage,
                 boolean asked, Function<String, SearchResult> search) {
        // where titles ask with question words, so does the resident: the first one says what is asked
        String facet = askedFacet(text).filter(this::titled).or(() -> facetOf(text)).orElse(null);
        List<QueryConcept> subject = subject(alone.concepts());
        String words = SubjectConcepts.words(subject);
        if (alone.redirect() != null) { // "a jakbym potrzebował do ZUS?" after a civil-status copy's fee: the subject's matter
            return SubjectsOwnMatter.spokenOf(text, alone, subject, state, clearCoverage, search)
                    ? new Reading(Kind.CONTINUED, text + " " + state.words(), facet != null ? facet : state.facet(), null)
                    : new Reading(Kind.OWN, text, facet, words);
        }
        boolean clear = alone.best().map(c -> c.coverage() >= clearCoverage).orElse(false);
        int length = WordPattern.tokens(text).length;
        // "how long does it take?" asked which matter: "a new ID card" names it, clear as it is on its own, and is
        // answered with what was asked of it (the time it takes), not as a question of its own
        boolean awaited = facet == null && state.awaitsSubject();
        boolean answers = length <= ANSWER_WORDS && (!clear || length <= BARE_ANSWER_WORDS || awaited);
        if (asked && answers && state.article() == null && !subject.isEmpty()) {
            String before = state.words() == null ? "" : state.words() + " ";
            String carried = facet != null ? facet : state.facet();
            String query = before + text + (facet == null && state.facet() != null ? " " + facetQuery(state.facet()) : "");
            return new Reading(Kind.ANSWERED, query.strip(), carried, (before + words).strip());
        }
        if (state.article() == null && subject.isEmpty() && state.words() != null && !state.words().isBlank()) {
            return new Reading(Kind.ANSWERED, state.words() + " " + text, facet != null ? facet : state.facet(), state.words());
        }
        if (!state.hasSubject()) {
            String[] tokens = WordPattern.tokens(text);
            long telling = SubjectConcepts.telling(subject);
            boolean pointsBack = back.refersBack(tokens) || back.opens(tokens);
            if (clear && state.article() == null && facet == null && (telling == 0 && pointsBack || telling == 1 && back.refersBack(tokens))) {
                // "a w Krakowie na Podgórzu?", "czy w aplikacji też to jest?" with nothing answered yet (after a fallback):
                // it points back at a matter not understood, so it is asked which, not answered confidently from a place
                // or one word (one that would not be answered anyway keeps its fallback)
                return new Reading(Kind.NO_SUBJECT, text, facet, words);
            }
            boolean noSubject = subject.isEmpty() && (facet != null || !alone.concepts().isEmpty());
            return new Reading(noSubject ? Kind.NO_SUBJECT : Kind.OWN, text, facet, words);
        }
        String carried = facet != null ? facet : state.facet();
        if (subject.isEmpty()) {
            // "a jak nie zdążę?", "do kiedy?": the subject, and what is asked of it in the words articles use for it ("kara");
            // not the hours' words, an office's opening hours ("od której do której się płaci?", "a na 24 godziny?": not an office's)
            String facetWords = facet == null || facet.equals(OFFICE_HOURS) ? "" : " " + facetQuery(facet);
            return new Reading(Kind.CONTINUED, text + " " + state.words() + facetWords, carried, null);
        }
        String[] tokens = WordPattern.tokens(text);
        boolean elliptical = subject.size() == 1 && !back.qualifies(tokens)
                && (tokens.length <= ELLIPTICAL_WORDS || back.opensWith(text, subject.getFirst()));
        List<QueryConcept> elsewhere = new ArrayList<>();
        java.util.Map<QueryConcept, Set<String>> naming = new java.util.HashMap<>();
        topics.ifPresent(t -> subject.stream().filter(c -> mayNameTopic(c) || SubjectConcepts.standsForNoun(c, subject, tokens)).forEach(c -> {
            Set<String> of = t.topicsOf(c.terms());
            if (!of.isEmpty() && !of.contains(state.topic()) && !SubjectConcepts.number(c)) {
                elsewhere.add(c);
                naming.put(c, of);
            }
        }));
        // but "how do I get the Karta Krakowska?" after the monthly ticket's price with it: the subject's article holds the
        // thing because the resident named it before; asked of now, pointing back at nothing, clear in its topic, it is the matter
        boolean standsAlone = clear && !back.refersBack(tokens) && !back.opens(tokens) && elsewhere.stream().allMatch(c -> SubjectConcepts.among(c, state.words()))
                && alone.best().filter(c -> naming.values().stream().anyMatch(of -> of.contains(c.article().topic()))).isPresent();
        // "a na paszport?" (after the wait for an ID card), not "a przy drodze?": the one word after a modifier is a topic's name
        boolean aimed = elsewhere.size() == 1 && subject.size() == 1 && tokens.length <= AIMED_WORDS && !without.of(tokens, subject.getFirst())
                && alone.best().filter(c -> c.named() && naming.get(elsewhere.getFirst()).contains(c.article().topic())).isPresent();
        // any article of the subject when the other topic's first holds nothing of its own subject ("PESEL": the budget's)
        if (!elliptical && !standsAlone && !aimed && !elsewhere.isEmpty() && SubjectConcepts.covers(search.apply(text + " " + state.words()),
                state.topic(), elsewhere, alone.best().filter(c -> !c.grounded()).isPresent())) {
            elsewhere.clear(); // "a jak nie mam meldunku?" in a Budżet Obywatelski conversation: the subject's article speaks of it
        }
        // "ile jest tych automatów?", "ten numer działa całą dobę?": the thing pointed at is the one spoken of
        elsewhere.removeIf(c -> back.pointedAt(tokens, c) || without.of(tokens, c));
        if (elsewhere.size() == 1 && SubjectConcepts.oneWord(elsewhere.getFirst()) && !back.opensWith(text, elsewhere.getFirst()) && back.refersBack(tokens)) {
            elsewhere.clear(); // "czy w aplikacji też to jest?", "a jak je zabierze straż pożarna?": a pronoun keeps the subject
        }
        if (!elsewhere.isEmpty()) {
            String query = text;
            if (facet == null && state.facet() != null && subject.size() <= SHORT_SWITCH_WORDS && tokens.length <= ELLIPTICAL_WORDS + 1) {
                query = text + " " + facetQuery(state.facet());
            }
            Set<String> named = new java.util.LinkedHashSet<>();
            elsewhere.forEach(c -> named.addAll(naming.get(c)));
            return new Reading(Kind.SWITCHED, query, carried, words, named);
        }
        // a question clear on its own that lands in the current topic names its subject itself ("jak wyrobić
        // dowód osobisty?" after "zgubiłem dowód"): the previous question's words would only pull it back
        // but "reduced?", "and without?": one word alone is clear of any article that has it, and qualifies the subject
        boolean bare = subject.size() == 1 && SubjectConcepts.oneWord(subject.getFirst()) && tokens.length <= BARE_ANSWER_WORDS;
        boolean withinTopic = clear && !bare && alone.best().map(c -> c.article().topic().equals(state.topic())).orElse(false);
        boolean ownQuestion = withinTopic || subject.size() >= OWN_QUESTION_WORDS && clear;
        if (ownQuestion) {
            return new Reading(Kind.OWN, text, facet, words);
        }
        return new Reading(Kind.CONTINUED, text + " " + state.words(), carried, null);
    }

    /** A follow-up with {@value #OWN_MATTER_WORDS} or more telling subject words ("hałasującego sąsiada") and no word
     *  pointing back at what was said, as a question of its own; else empty. */
    Optional<Reading> ownMatter(String text, SearchResult alone) {
        List<QueryConcept> subject = subject(alone.concepts());
        if (SubjectConcepts.telling(subject) < OWN_MATTER_WORDS || back.refersBack(WordPattern.tokens(text))) {
            return Optional.empty();
        }
        return Optional.of(new Reading(Kind.OWN, text, facetOf(text).orElse(null), SubjectConcepts.words(subject)));
    }

    /**
     * Whether a subject word may name another topic: a noun or a name ("paszport", "meldunek", "PESEL";
     * {@link QueryConcept#noun()}), not a verb ("а якщо не повідомлю?": "повідомити" is used most by the reports'
     * topic, but says what is done, not of what; "до котрої години вони працюють?") nor an adjective, which
     * qualifies ("тимчасовий мельдунек" in a question on the clean-transport zone's exemption; "na Wielickiej": a
     * street), and not a noun of the {@value #NO_TOPIC} list ("phone number for questions?", "паркінгів у місті?").
     * Measured on the dialogue dev sets: with adjectives too, "a ile wychodzi miesięczny…?" (the monthly ticket)
     * turns again, but "на Wielickiej", "тимчасовий мельдунек" turn away too (wrong-topic answers pl 0.018 → 0.018,
     * uk 0.054 → 0.061).
     */
    boolean mayNameTopic(QueryConcept concept) {
        if (!concept.noun()) {
            return false;
        }
        String[] typed = SubjectConcepts.typed(concept);
        return noTopic.stream().noneMatch(p -> anyWord(p, typed[0])); // "city's": its first word
    }

    /** The words a facet adds to a question ("ile kosztuje opłata"), empty for an unknown facet. */
    String facetQuery(String name) {
        return facets.query(name);
    }

    private boolean generic(QueryConcept concept) {
        String text = concept.text();
        int arrow = text.indexOf('→');
        String[] typed = WordPattern.tokens(arrow < 0 ? text : text.substring(0, arrow));
        if (covered(typed)) {
            return true;
        }
        return arrow >= 0 && covered(WordPattern.tokens(text.substring(arrow + 1)));
    }

    private boolean covered(String[] tokens) {
        if (tokens.length == 0) {
            return true;
        }
        for (String token : tokens) {
            if (!genericOrFacet.matches(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyWord(WordPattern pattern, String token) {
        return pattern.anyWordMatches(token);
    }

    /** Whether a message asks what something is ({@value #DEFINITION} list), and nothing of it (no facet). */
    boolean asksOnlyDefinition(String text) {
        return back.asksDefinition(WordPattern.tokens(text)) && facetOf(text).isEmpty();
    }

    /** Whether an article's title opens by asking what its thing is ("Co to jest Karta Krakowska?"). */
    boolean definitionTitle(String title) {
        return back.opensWithDefinition(WordPattern.tokens(title));
    }

    /** Whether the message points back at what was said: a word of the reference list, or an opening ("a …", "and …"). */
    boolean pointsBack(String text) {
        return back.pointsBack(text);
    }

    /** The subject words of a question's concepts (neither generic nor a facet's), as typed or as corrected. */
    String subjectWords(List<QueryConcept> concepts) {
        return SubjectConcepts.words(subject(concepts));
    }
}
