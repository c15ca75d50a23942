package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Stacks, on a word typed without Polish letters, the dictionary words it may stand for, so that the
 * lemmatiser after it sees "urzędzie" where the resident typed "urzedzie". The typed token stays first.
 */
public final class DiacriticRestorationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final DiacriticRestorer restorer;
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State current;

    public DiacriticRestorationFilter(TokenStream input, DiacriticRestorer restorer) {
        super(input);
        this.restorer = restorer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String typed = term.toString();
        if (DiacriticRestorer.isCandidate(typed)) {
            addRestorations(typed, typed);
            String lower = typed.toLowerCase(Locale.ROOT);
            if (!lower.equals(typed)) {
                addRestorations(lower, typed);
            } else {
                // "krakowie": proper names are capitalised in the dictionary.
                addRestorations(Character.toUpperCase(typed.charAt(0)) + typed.substring(1), typed);
            }
            if (!pending.isEmpty()) {
                current = captureState();
            }
        }
        return true;
    }

    private void addRestorations(String word, String typed) {
        for (String form : restorer.restore(word)) {
            if (!form.equals(typed) && !pending.contains(form)) {
                pending.add(form);
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
