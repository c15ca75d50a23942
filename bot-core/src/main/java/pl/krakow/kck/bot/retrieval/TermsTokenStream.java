package pl.krakow.kck.bot.retrieval;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replays already analysed text: one list of stacked terms per position. */
final class TermsTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<List<String>> positions;
    private int position;
    private int stacked;

    TermsTokenStream(List<List<String>> positions) {
        this.positions = positions;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (position < positions.size() && stacked >= positions.get(position).size()) {
            position++;
            stacked = 0;
        }
        if (position >= positions.size()) {
            return false;
        }
        term.append(positions.get(position).get(stacked));
        increment.setPositionIncrement(stacked == 0 ? 1 : 0);
        stacked++;
        return true;
    }

    @Override
    public void reset() {
        position = 0;
        stacked = 0;
    }
}
