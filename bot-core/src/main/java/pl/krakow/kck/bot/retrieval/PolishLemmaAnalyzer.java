package pl.krakow.kck.bot.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns Polish text into folded lemmas, the same for "dowód osobisty", "dowodu osobistego" and
 * "dowod osobisty".
 *
 * <p>StandardTokenizer → {@link DiacriticRestorationFilter} (words typed without Polish letters get the
 * dictionary words they stand for) → MorfologikFilter (lemmas; it looks words up as typed first, so
 * "Kraków" and other capitalised entries survive, then in lower case) → lower case → ASCII folding
 * (ł→l included). Words the dictionary does not know pass through lower-cased and folded. The same
 * lemma may be stacked twice at a position ("dowod" typed, "dowód" restored): {@link TextAnalyzer} keeps
 * each once, after reading which of them the dictionary knew. No stopwords are removed here: the query
 * side decides what carries meaning.
 */
public final class PolishLemmaAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new DiacriticRestorationFilter(tokenizer, PolishDictionary.restorer());
        stream = new MorfologikFilter(stream, PolishDictionary.dictionary());
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
