package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Which documents of one index snapshot hold each term of one field, read from the postings once when the snapshot
 * opens, not at every question that asks ({@link OwnWords}). Immutable; thread-safe.
 */
final class TermDocuments {

    private static final int[] NONE = new int[0];

    private final Map<String, int[]> docsByTerm;

    private TermDocuments(Map<String, int[]> docsByTerm) {
        this.docsByTerm = docsByTerm;
    }

    /** The terms of {@code field} in {@code reader}, each with its documents (global ids, ascending). */
    static TermDocuments of(DirectoryReader reader, String field) throws IOException {
        Map<String, int[]> docsByTerm = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            for (var term = iterator.next(); term != null; term = iterator.next()) {
                postings = iterator.postings(postings, PostingsEnum.NONE);
                int[] docs = new int[iterator.docFreq()];
                int count = 0;
                for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    docs[count++] = leaf.docBase + doc;
                }
                docsByTerm.merge(term.utf8ToString(), Arrays.copyOf(docs, count), TermDocuments::joined);
            }
        }
        return new TermDocuments(Map.copyOf(docsByTerm));
    }

    /** The documents holding any of {@code terms}. */
    BitSet holding(Collection<String> terms) {
        BitSet docs = new BitSet();
        for (String term : terms) {
            for (int doc : docsByTerm.getOrDefault(term, NONE)) {
                docs.set(doc);
            }
        }
        return docs;
    }

    private static int[] joined(int[] earlier, int[] later) {
        int[] both = Arrays.copyOf(earlier, earlier.length + later.length);
        System.arraycopy(later, 0, both, earlier.length, later.length);
        Arrays.sort(both);
        return both;
    }
}
