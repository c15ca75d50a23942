package pl.krakow.kck.evaluation.baseline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;

/** The baselines the evaluation can run beside the product: a name, a definition and an analyzer. */
public enum Baseline {

    STANDARD("Lucene StandardAnalyzer (lower case, no stopwords, no stemming, no diacritic folding), BM25",
            () -> new StandardAnalyzer(CharArraySet.EMPTY_SET)),
    STEMPEL("Lucene PolishAnalyzer (Stempel stemmer, Polish stopwords, no diacritic folding), BM25",
            PolishAnalyzer::new);

    private final String definition;
    private final Supplier<Analyzer> analyzer;

    Baseline(String definition, Supplier<Analyzer> analyzer) {
        this.definition = definition;
        this.analyzer = analyzer;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String definition() {
        return definition;
    }

    public LuceneBaseline build(KnowledgeBase knowledgeBase) {
        return LuceneBaseline.build(knowledgeBase, analyzer.get());
    }

    public static Optional<Baseline> byLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Baseline::label).toList();
    }
}
