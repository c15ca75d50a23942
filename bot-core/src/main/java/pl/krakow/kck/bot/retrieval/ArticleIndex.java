package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.language.Language;

/**
 * The product's retriever: an in-memory Lucene index of one knowledge-base snapshot, immutable once
 * built and safe to share between threads.
 *
 * <p>Every article field is indexed as folded lemmas plus synonym concepts ({@link Synonyms}); a
 * catch-all field {@code all} gives the statistics and the coverage check; the folded word forms of all
 * articles are the vocabulary misspelt words are corrected against ({@link TypoCorrector}). A question becomes one clause per
 * concept, each the best of its matches over two fields: the ways of asking (title, alternative
 * questions, keywords), weighted twice, and the answer's body. (Four separate fields ranked no better on
 * the development questions and cost twice the postings per query.)
 */
public final class ArticleIndex implements Retriever, AutoCloseable {

    /** Field weights; measured with ./kck eval, see evaluation/README.md. */
    private static final float NUMBER_WEIGHT = 0.3f;
    /**
     * Kraków, its districts and places ({@code proper-names.txt}) say where the resident is, not what they ask:
     * "jak zameldować syna na Nowej Hucie?" is about registering, and an article listing the districts must not
     * outrank the one that answers, nor a district name weigh most in the coverage: a place weighs at most this
     * (less than a telling word; Kraków itself, in most articles, weighs less anyway).
     */
    public static final double PLACE_WEIGHT = 0.8;
    private static final int MAX_QUESTION_WORDS = 48;
    private static final int COVERAGE_DEPTH = 8;

    private final KnowledgeBase knowledgeBase;
    private final TextAnalyzer analyzer;
    private final Stopwords stopwords;
    private final Synonyms synonyms;
    private final Redirects redirects;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, List<QueryConcept>> titleConcepts = new java.util.concurrent.ConcurrentHashMap<>();
    private final IndexTerms indexTerms;
    private final ConceptQuery query;
    private final List<Article> byDoc;
    private final Misspellings misspellings;
    private final TopicWords topicWords;
    private final Senses senses;
    private final NamedTopicOrder namedTopicOrder;
    private final OwnWords ownWords;

    private ArticleIndex(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, Stopwords stopwords, Synonyms synonyms,
                         ByteBuffersDirectory directory, List<Article> byDoc, TypoCorrector corrector, TopicWords topicWords,
                         Senses senses) throws IOException {
        this.topicWords = topicWords;
        this.knowledgeBase = knowledgeBase;
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.synonyms = synonyms;
        this.redirects = new Redirects(knowledgeBase, analyzer, stopwords);
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // every question is new: caching clauses only costs
        this.indexTerms = new IndexTerms(searcher);
        this.query = new ConceptQuery(indexTerms);
        this.byDoc = List.copyOf(byDoc);
        this.misspellings = new Misspellings(corrector, analyzer, stopwords, indexTerms, searcher);
        this.senses = senses;
        this.namedTopicOrder = NamedTopicOrder.of(knowledgeBase.topics(), analyzer, synonyms, topicWords);
        this.ownWords = analyzer.language() == Language.EN ? new OwnWords(reader, this.byDoc, analyzer, synonyms) : null;
    }

    public static ArticleIndex build(KnowledgeBase knowledgeBase, TextAnalyzer analyzer) {
        return build(knowledgeBase, analyzer, null);
    }

    /** @param built receives what was built, for {@link IndexCache}; null: nobody wants it */
    static ArticleIndex build(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, java.util.function.Consumer<IndexImage> built) {
        Stopwords stopwords = analyzer.stopwords();
        Synonyms synonyms = new Synonyms(knowledgeBase.synonyms(), analyzer, stopwords);
        ByteBuffersDirectory directory = IndexImage.inMemory();
        List<Article> byDoc = new ArrayList<>();
        ArticleDocuments documents = new ArticleDocuments(analyzer, synonyms, knowledgeBase::place);
        try {
            IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Article article : knowledgeBase.articles()) {
                    writer.addDocument(documents.document(article));
                    byDoc.add(article);
                }
            }
            Senses senses = new Senses(byDoc, analyzer, stopwords);
            if (built != null) {
                built.accept(new IndexImage(byDoc.stream().map(Article::id).toList(), IndexImage.files(directory),
                        documents.vocabulary(), documents.topicWords().counts(), senses.counts()));
            }
            return new ArticleIndex(knowledgeBase, analyzer, stopwords, synonyms, directory, byDoc, documents.corrector(),
                    documents.topicWords(), senses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    /**
     * The index of {@code knowledgeBase} from what an earlier build of the same articles computed: nothing is
     * analysed but the synonym groups and the redirects' phrases (the articles' bodies not at all).
     *
     * @throws IOException when the image does not belong to these articles or its index cannot be opened
     */
    static ArticleIndex restore(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, IndexImage image) throws IOException {
        List<Article> byDoc = knowledgeBase.articles();
        if (!image.articleIds().equals(byDoc.stream().map(Article::id).toList())) {
            throw new IOException("the cached index holds other articles");
        }
        Stopwords stopwords = analyzer.stopwords();
        Synonyms synonyms = new Synonyms(knowledgeBase.synonyms(), analyzer, stopwords);
        ByteBuffersDirectory directory = image.directory();
        try {
            return new ArticleIndex(knowledgeBase, analyzer, stopwords, synonyms, directory, byDoc,
                    new TypoCorrector(image.vocabulary()), new TopicWords(image.topics()), new Senses(image.senses()));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    @Override
    public java.util.Optional<Article> article(String id) {
        return knowledgeBase.article(id);
    }

    @Override
    public java.util.Optional<TopicWords> topicWords() {
        return java.util.Optional.of(topicWords);
    }

    public int size() {
        return byDoc.size();
    }

    /** Within {@link SearchMemo#during}, a question searched again in this snapshot is not searched twice. */
    @Override
    public SearchResult search(String question, int limit) {
        return SearchMemo.search(this, question, limit, () -> searchNow(question, limit));
    }

    /** Kept per snapshot: the titles are few, and a follow-up reads several of them ({@link Retriever#titleConcepts}). */
    @Override
    public List<QueryConcept> titleConcepts(String title) {
        if (titleConcepts.size() > 4 * byDoc.size()) {
            titleConcepts.clear(); // only titles are asked; bounded all the same
        }
        return titleConcepts.computeIfAbsent(title, t -> {
            try {
                return concepts(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SearchResult searchNow(String question, int limit) {
        try {
            List<Word> words = words(question);
            Word[] read = words.toArray(Word[]::new);
            List<QueryConcept> concepts = concepts(words, read);
            // "a z urzędu skarbowgo?": another institution's matter is recognised in the misspelt words too
            String redirect = redirects.redirect(words);
            if (redirect == null) {
                redirect = redirects.redirect(List.of(read));
            }
            if (concepts.isEmpty() || byDoc.isEmpty()) {
                return new SearchResult(question, concepts, List.of(), redirect);
            }
            TopDocs top = searcher.search(query.of(concepts, senses.clauses(words, concepts, searcher)), Math.max(limit, COVERAGE_DEPTH));
            int count = Math.min(limit, top.scoreDocs.length);
            boolean[][] found = FoundConcepts.found(reader, top.scoreDocs, count, concepts);
            List<Candidate> candidates = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                candidates.add(candidate(top.scoreDocs[i], found[i], concepts));
            }
            candidates = namedTopicOrder.marked(concepts, namedTopicOrder.reorder(concepts, candidates));
            candidates = ownWords == null ? candidates : ownWords.markedFirst(concepts, candidates); // English edition only
            Set<String> named = redirect == null ? null : redirects.topicsNamedBeside(words, topicWords, synonyms, stopwords);
            boolean condition = named != null && redirects.condition(words, concepts, named, candidates); // "płacę PIT tutaj"
            return new SearchResult(question, concepts, candidates, condition ? null : redirect, condition ? null : named);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the question is read: its concepts, stopwords dropped, synonyms joined, misspellings corrected. */
    public List<QueryConcept> concepts(String question) throws IOException {
        List<Word> words = words(question);
        return concepts(words, words.toArray(Word[]::new));
    }

    private List<Word> words(String question) {
        List<Word> words = analyzer.words(question);
        return words.size() > MAX_QUESTION_WORDS ? words.subList(0, MAX_QUESTION_WORDS) : words;
    }

    /** @param read receives the words as read: a misspelt word replaced by the word it was corrected to */
    private List<QueryConcept> concepts(List<Word> words, Word[] read) throws IOException {
        Map<Set<String>, QueryConcept> concepts = new LinkedHashMap<>();
        boolean[] covered = new boolean[words.size()];
        for (Synonyms.Match match : synonyms.find(words)) {
            if (covered[match.start()]) {
                continue;
            }
            for (int i = match.start(); i < match.start() + match.length(); i++) {
                covered[i] = true;
            }
            Set<String> terms = Set.of(match.concept());
            double weight = knowledgeBase.place(match.group()) ? Math.min(weight(terms), PLACE_WEIGHT) : weight(terms);
            concepts.putIfAbsent(terms, new QueryConcept(match.member(), terms, weight, false));
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (covered[i] || stopwords.isStopword(word)) {
                continue;
            }
            QueryConcept concept = concept(words, i, read);
            if (concept.corrected() && stopwords.isStopword(read[i])) {
                continue; // "helo" read as "help": a misspelt word that says nothing says nothing either
            }
            if (i > 0 && !concept.corrected() && (placeName(word) || placeTypedSmall(words, i)) && !known(word.lemmas())
                    && !redirects.namesAnotherTown(word)) {
                continue;
            }
            concepts.putIfAbsent(concept.terms(), concept);
        }
        return List.copyOf(concepts.values());
    }

    /**
     * A capitalised word inside a question that neither the dictionary nor any article knows is a local name:
     * of an estate or a street ("w Bieńczycach", "na Czyrzynach"), unless it reads as a misspelt word of the
     * knowledge base ("Karcie Rodzinej"). Where the resident lives does not say what
     * they ask, so it neither counts against the coverage of the article that answers nor ranks one. Names
     * the dictionary knows stay (other towns, "w Warszawie": their weight keeps such questions unanswered), and so
     * do the towns of {@code other-places} in an edition without a dictionary ("parking prices in Warsaw?"),
     * and so do abbreviations in capitals (ZUS, PIT), and in the English edition capitalised English words
     * ({@link EnglishWords}: "a job at Google", "I'm from Italy").
     */
    private boolean placeName(Word word) {
        String surface = word.surface();
        return !word.inDictionary() && !(analyzer.language() == Language.EN && EnglishWords.contains(word.folded()))
                && surface.length() >= 3 && Character.isUpperCase(surface.codePointAt(0))
                && surface.codePoints().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /**
     * The same local name typed without capitals or Polish letters right after "w", "we" or "na" ("mieszkam w
     * bienczycach"): residents who skip the Polish letters mostly skip the capitals too. Polish only.
     */
    private boolean placeTypedSmall(List<Word> words, int at) {
        Word word = words.get(at);
        return analyzer.language() == Language.PL && !word.inDictionary() && word.surface().length() >= 3
                && word.surface().chars().allMatch(Character::isLowerCase) && PLACE_BEFORE.contains(words.get(at - 1).folded());
    }

    private static final Set<String> PLACE_BEFORE = Set.of("w", "we", "na");

    private QueryConcept concept(List<Word> words, int at, Word[] read) throws IOException {
        Word word = words.get(at);
        Set<String> terms = word.lemmas();
        double weight = weight(terms) * word.salience();
        boolean number = word.folded().chars().allMatch(Character::isDigit);
        if (number) {
            return new QueryConcept(word.surface(), terms, weight * NUMBER_WEIGHT, false);
        }
        Misspellings.Correction correction = misspellings.correct(words, at);
        if (correction != null) {
            read[at] = correction.word();
            Set<String> corrected = correction.word().lemmas();
            return new QueryConcept(word.surface() + "→" + correction.form(), corrected,
                    weight(corrected) * correction.word().salience(), true,
                    TypoCorrector.soundsAlike(word.folded(), correction.form()), correction.word().salience());
        }
        Word polish = polishInCyrillic(word, terms);
        if (polish != null) {
            read[at] = polish;
            return new QueryConcept(word.surface() + "→" + polish.surface(), polish.lemmas(),
                    weight(polish.lemmas()) * polish.salience(), true, true, polish.salience());
        }
        return new QueryConcept(word.surface(), terms, weight, false, false, word.salience(), outside(word, terms));
    }

    /** A Cyrillic word of a Ukrainian question no article holds, read as the Polish word it renders ({@link PolishInCyrillic}), or null. */
    private Word polishInCyrillic(Word word, Set<String> terms) throws IOException {
        if (analyzer.language() != Language.UK || !PolishInCyrillic.cyrillic(word.surface()) || known(terms)) {
            return null;
        }
        return PolishInCyrillic.read(word.surface().toLowerCase(java.util.Locale.ROOT), spelling -> {
            Word latin = analyzer.word(spelling);
            try {
                return latin.inDictionary() && known(latin.lemmas()) ? latin : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * A noun of the language that no article holds ({@link QueryConcept#outside()}): the dictionary's (English, which has
     * no parts of speech here: a word of {@link EnglishWords}), not a verb ("załatwić") that says how, not what.
     */
    private boolean outside(Word word, Set<String> terms) throws IOException {
        boolean ofTheLanguage = word.inDictionary() || analyzer.language() == Language.EN && EnglishWords.contains(word.folded());
        return ofTheLanguage && word.salience() >= QueryConcept.NOUN && !known(terms);
    }

    private boolean known(Collection<String> terms) throws IOException {
        for (String term : terms) {
            if (indexTerms.docFreq(new Term(ArticleDocuments.ALL, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** BM25's inverse document frequency of the most frequent term; an unseen concept weighs most. */
    private double weight(Set<String> terms) throws IOException {
        int df = 0;
        for (String term : terms) {
            df = Math.max(df, indexTerms.docFreq(new Term(ArticleDocuments.ALL, term)));
        }
        int n = Math.max(1, reader.numDocs());
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private Candidate candidate(ScoreDoc hit, boolean[] found, List<QueryConcept> concepts) {
        List<Boolean> matched = new ArrayList<>(concepts.size());
        double weight = 0;
        double total = 0;
        for (int c = 0; c < concepts.size(); c++) {
            QueryConcept concept = concepts.get(c);
            total += concept.weight();
            matched.add(found[c]);
            if (found[c]) {
                weight += concept.matchedWeight();
            }
        }
        return new Candidate(byDoc.get(hit.doc), hit.score, total == 0 ? 0 : weight / total, weight, matched);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
