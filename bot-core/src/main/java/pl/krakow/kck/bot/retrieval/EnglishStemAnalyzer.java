package pl.krakow.kck.bot.retrieval;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words to Porter stems, as Lucene's {@code EnglishAnalyzer} does (possessives off, lower case,
 * stem), then folded to ASCII so that Polish office words typed with or without Polish letters meet
 * ("dowód osobisty", "dowod osobisty"). No stopwords here: the query side decides what carries meaning.
 * A few words keep their form because their stem is another matter's word: "parking" is the paid zone, "park" and
 * "parks" the green ones ("who looks after the city parks?" is no question about parking fees).
 */
public final class EnglishStemAnalyzer extends Analyzer {

    /** Words left unstemmed: their Porter stem names another matter. */
    private static final CharArraySet KEPT = CharArraySet.unmodifiableSet(new CharArraySet(List.of("parking"), false));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SetKeywordMarkerFilter(stream, KEPT);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
