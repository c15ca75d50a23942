package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The Lucene query of a question's concepts ({@link ArticleIndex#search}): each concept any of its terms in the
 * articles' questions (weighing double) or bodies, a corrected one weighing less, besides the clauses that only
 * order the articles ({@link Senses}).
 */
final class ConceptQuery {

    private static final Map<String, Float> BOOSTS = Map.of(ArticleDocuments.QUESTIONS, 2.0f, ArticleDocuments.BODY, 1.0f);

    private final IndexTerms indexTerms;

    ConceptQuery(IndexTerms indexTerms) {
        this.indexTerms = indexTerms;
    }

    /** @param senses clauses that only order the articles ({@link Senses}) */
    Query of(List<QueryConcept> concepts, List<Query> senses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        senses.forEach(sense -> query.add(sense, BooleanClause.Occur.SHOULD));
        for (QueryConcept concept : concepts) {
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
                perField.add(new BoostQuery(anyTerm(field.getKey(), concept.terms()), field.getValue()));
            }
            Query clause = new DisjunctionMaxQuery(perField, 0.25f);
            if (concept.corrected()) {
                clause = new BoostQuery(clause, (float) QueryConcept.DOUBTFUL_SHARE);
            }
            query.add(clause, BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private Query anyTerm(String field, Set<String> terms) {
        if (terms.size() == 1) {
            return indexTerms.query(new Term(field, terms.iterator().next()));
        }
        List<Query> alternatives = new ArrayList<>();
        for (String term : terms) {
            alternatives.add(indexTerms.query(new Term(field, term)));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }
}
