package pl.krakow.kck.bot.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Editorial rules a loadable article can still break: the title is a question, 3–8 alternative
 * phrasings, a body of chat size, well-formed links, no date in the future, and no two articles that
 * answer the same question (near-duplicate titles and phrasings, or one phrasing in two articles).
 */
public final class CorpusLinter {

    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTIONS = 8;
    static final int MIN_BODY = 80;
    static final int MAX_BODY = 2000;
    static final double NEAR_DUPLICATE = 0.8;

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");

    private final TextAnalyzer analyzer;
    private final Stopwords stopwords = Stopwords.polish();
    private final Clock clock;

    public CorpusLinter() {
        this(new TextAnalyzer(), Clock.systemDefaultZone());
    }

    public CorpusLinter(TextAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    public List<Problem> lint(KnowledgeBase knowledgeBase) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> questionOwner = new HashMap<>();
        List<Article> articles = knowledgeBase.articles();
        List<Set<String>> meanings = new ArrayList<>();
        for (Article article : articles) {
            lintOne(article, problems);
            for (String question : article.questions()) {
                String key = normalized(question);
                String owner = questionOwner.putIfAbsent(key, article.id());
                if (owner != null && !owner.equals(article.id())) {
                    problems.add(new Problem(article.file(), 0, "question \"" + question + "\" is also asked in " + owner));
                }
            }
            meanings.add(meaning(article));
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                double similarity = jaccard(meanings.get(i), meanings.get(j));
                if (similarity >= NEAR_DUPLICATE) {
                    problems.add(new Problem(articles.get(j).file(), 0, String.format(
                            "near-duplicate of %s (similarity %.2f of title and questions)", articles.get(i).id(), similarity)));
                }
            }
        }
        return problems;
    }

    private void lintOne(Article article, List<Problem> problems) {
        String file = article.file();
        if (!article.title().strip().endsWith("?")) {
            problems.add(new Problem(file, 0, "the title should be the question, ending with '?'"));
        }
        int questions = article.questions().size();
        if (questions < MIN_QUESTIONS || questions > MAX_QUESTIONS) {
            problems.add(new Problem(file, 0, "has " + questions + " alternative questions; write " + MIN_QUESTIONS + "–" + MAX_QUESTIONS));
        }
        int body = article.body().length();
        if (body < MIN_BODY || body > MAX_BODY) {
            problems.add(new Problem(file, 0, "body has " + body + " characters; keep it between " + MIN_BODY + " and " + MAX_BODY));
        }
        if (article.updated().isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(new Problem(file, 0, "'updated' " + article.updated() + " is in the future"));
        }
        Matcher links = LINK.matcher(article.body());
        while (links.find()) {
            String target = links.group(2);
            if (!wellFormed(target)) {
                problems.add(new Problem(file, 0, "link (" + target + ") is not a well-formed http(s) URL"));
            }
        }
    }

    private static boolean wellFormed(String target) {
        try {
            URI uri = new URI(target);
            return uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Set<String> meaning(Article article) {
        Set<String> lemmas = new HashSet<>();
        List<String> texts = new ArrayList<>(article.questions());
        texts.add(article.title());
        for (String text : texts) {
            for (Word word : analyzer.words(text)) {
                if (!stopwords.isStopword(word)) {
                    lemmas.add(word.lemmas().iterator().next());
                }
            }
        }
        return lemmas;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }

    private static String normalized(String question) {
        return TextAnalyzer.fold(question).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }
}
