package pl.krakow.kck.bot.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Ukrainian words to lower-cased lemmas with Morfologik's Ukrainian dictionary (as Lucene's
 * {@code UkrainianMorfologikAnalyzer}, without its stopwords: the query side decides what carries meaning).
 * Typographic apostrophes are normalised first ("м’ясо", "мʼясо" → "м'ясо").
 */
public final class UkrainianLemmaAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new MorfologikFilter(tokenizer, UkrainianDictionary.dictionary());
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new org.apache.lucene.analysis.charfilter.MappingCharFilter(APOSTROPHES, reader);
    }

    private static final org.apache.lucene.analysis.charfilter.NormalizeCharMap APOSTROPHES;

    static {
        org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder builder = new org.apache.lucene.analysis.charfilter.NormalizeCharMap.Builder();
        builder.add("\u2019", "'");
        builder.add("\u02BC", "'");
        builder.add("\u0301", "");
        APOSTROPHES = builder.build();
    }
}
