package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/** Which of a question's concepts the articles found for it hold, for their coverage ({@link ArticleIndex}). */
final class FoundConcepts {

    private FoundConcepts() {
    }

    /**
     * Which of the first {@code count} hits contain which concepts, in field {@code all}: one postings
     * walk per term, advancing over the hits in document order.
     */
    static boolean[][] found(DirectoryReader reader, ScoreDoc[] hits, int count, List<QueryConcept> concepts) throws IOException {
        boolean[][] found = new boolean[count][concepts.size()];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(ArticleDocuments.ALL);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null; // reused from term to term: each new one allocates its block buffers
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (int c = 0; c < concepts.size(); c++) {
                for (String term : concepts.get(c).terms()) {
                    if (!iterator.seekExact(new BytesRef(term))) {
                        continue;
                    }
                    postings = iterator.postings(postings, PostingsEnum.NONE);
                    for (Integer hit : order) {
                        int doc = hits[hit].doc;
                        if (doc < leaf.docBase || doc >= end) {
                            continue;
                        }
                        int target = doc - leaf.docBase;
                        int at = postings.docID() >= target ? postings.docID() : postings.advance(target);
                        if (at == target) {
                            found[hit][c] = true;
                        }
                    }
                }
            }
        }
        return found;
    }
}
