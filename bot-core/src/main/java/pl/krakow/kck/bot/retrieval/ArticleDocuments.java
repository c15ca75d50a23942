package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * How an article is indexed: its fields as folded lemmas plus synonym concepts ({@link Synonyms}), the
 * ways of asking (title, alternative questions, keywords) apart from the body, and a catch-all field for
 * the statistics and the coverage check. While indexing it also collects the word forms misspelt words
 * are corrected against ({@link TypoCorrector}) and the words that name each topic ({@link TopicWords}).
 */
final class ArticleDocuments {

    /** The title, the alternative questions and the keywords: every way of asking. */
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    static final String ALL = "all";

    private static final FieldType INDEXED = indexed();

    private final TextAnalyzer analyzer;
    private final Synonyms synonyms;
    private final Map<String, Integer> vocabulary = new java.util.HashMap<>();
    private final TopicWords topicWords = new TopicWords();

    private final Set<String> places = new HashSet<>();

    /** @param place whether a synonym group names a place of Kraków (such names name no topic) */
    ArticleDocuments(TextAnalyzer analyzer, Synonyms synonyms, java.util.function.IntPredicate place) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        for (int g = 0; g < synonyms.groups().size(); g++) {
            if (place.test(g)) {
                places.add(Synonyms.concept(g));
            }
        }
    }

    /** The document of one article; its words join the vocabulary and the topic words. */
    Document document(Article article) {
        List<List<String>> questions = new ArrayList<>(terms(analyzer.words(article.title()), synonyms));
        for (String question : article.questions()) {
            questions.addAll(terms(analyzer.words(question), synonyms));
        }
        for (String keyword : article.keywords()) {
            questions.addAll(terms(analyzer.words(keyword), synonyms));
        }
        // a district named in the ways of asking of the offices' articles does not make it a word of their topic
        topicWords.add(article.topic(), questions.stream().map(p -> p.stream().filter(t -> !places.contains(t)).toList()).toList());
        List<List<String>> body = terms(analyzer.words(article.body()), synonyms);

        List<List<String>> all = new ArrayList<>(questions);
        all.addAll(body);

        Set<String> forms = new HashSet<>();
        for (String text : texts(article)) {
            for (Word word : analyzer.words(text)) {
                forms.add(word.folded());
            }
        }
        forms.forEach(form -> vocabulary.merge(form, 1, Integer::sum));

        Document document = new Document();
        document.add(new Field(QUESTIONS, new TermsTokenStream(questions), INDEXED));
        document.add(new Field(BODY, new TermsTokenStream(body), INDEXED));
        document.add(new Field(ALL, new TermsTokenStream(all), INDEXED));
        return document;
    }

    /** The corrector over the word forms of every article indexed so far. */
    TypoCorrector corrector() {
        return new TypoCorrector(vocabulary);
    }

    /** Each word form of the articles indexed so far with the number of articles it occurs in. */
    Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    TopicWords topicWords() {
        return topicWords;
    }

    private static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.addAll(article.questions());
        texts.addAll(article.keywords());
        texts.add(article.body());
        return texts;
    }

    /** Lemmas per word, with each synonym concept stacked on the word where its match starts. */
    static List<List<String>> terms(List<Word> words, Synonyms synonyms) {
        List<List<String>> positions = new ArrayList<>(words.size());
        for (Word word : words) {
            positions.add(new ArrayList<>(word.lemmas()));
        }
        for (Synonyms.Match match : synonyms.find(words)) {
            positions.get(match.start()).add(match.concept());
        }
        return positions;
    }

    private static FieldType indexed() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
