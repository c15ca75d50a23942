package pl.krakow.kck.evaluation.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;

/**
 * A larger knowledge base made deterministically (fixed seed) from a real one, to measure how the index
 * scales. Each new article has a distinct id ({@code syn-00001}…), a title joined from the first half of
 * one real title and the second half of another, the topic, sources and date of the first, 3–6 alternative
 * questions and 0–3 keywords drawn from the real ones, and a body of 600–1200 characters recombined from
 * real body sentences (mostly of the same topic) in paragraphs of one to three sentences.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20261201L;
    public static final int MIN_BODY = 600;
    public static final int MAX_BODY = 1200;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+(?=[\\p{Lu}*\\d])");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*]|\\d+[.)])\\s+");
    private static final double SAME_TOPIC_SHARE = 0.7;
    private static final int MIN_SENTENCE = 20;

    private final KnowledgeBase source;
    private final List<Article> sources;
    private final List<String> sentences = new ArrayList<>();
    private final Map<String, List<String>> sentencesByTopic = new LinkedHashMap<>();
    private final List<String> questions = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();

    public SyntheticCorpus(KnowledgeBase source) {
        if (source.articles().isEmpty()) {
            throw new IllegalArgumentException("the source knowledge base has no articles");
        }
        this.source = source;
        this.sources = source.articles();
        for (Article article : sources) {
            for (String sentence : sentences(article.body())) {
                sentences.add(sentence);
                sentencesByTopic.computeIfAbsent(article.topic(), t -> new ArrayList<>()).add(sentence);
            }
            questions.addAll(article.questions());
            keywords.addAll(article.keywords());
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the source articles have no sentences to recombine");
        }
    }

    /** {@code count} new articles, the same for the same source, count and seed; topics and synonyms are kept. */
    public KnowledgeBase generate(int count, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            articles.add(article(String.format("syn-%05d", i), random));
        }
        return new KnowledgeBase(articles, source.topics(), source.synonyms(), Instant.EPOCH);
    }

    private Article article(String id, Random random) {
        Article first = pick(sources, random);
        Article second = pick(sources, random);
        String title = title(first.title(), second.title());
        List<String> alternatives = picks(questions, 3 + random.nextInt(4), random);
        List<String> words = keywords.isEmpty() ? List.of() : picks(keywords, random.nextInt(4), random);
        String body = body(first.topic(), random);
        return new Article(id, title, first.topic(), first.sources(), first.updated(), alternatives, words, body,
                "synthetic/" + first.topic() + "/" + id + ".md");
    }

    private static String title(String a, String b) {
        String[] head = strip(a).split("\\s+");
        String[] tail = strip(b).split("\\s+");
        List<String> words = new ArrayList<>(Arrays.asList(head).subList(0, (head.length + 1) / 2));
        words.addAll(Arrays.asList(tail).subList(tail.length / 2, tail.length));
        return String.join(" ", words) + "?";
    }

    private String body(String topic, Random random) {
        int target = MIN_BODY + random.nextInt(MAX_BODY - MIN_BODY + 1);
        List<String> sameTopic = sentencesByTopic.getOrDefault(topic, sentences);
        StringBuilder body = new StringBuilder(MAX_BODY);
        int inParagraph = 0;
        int paragraphSize = 1 + random.nextInt(2);
        int attempts = 0;
        while (body.length() < target && attempts < 200) {
            String sentence = pick(random.nextDouble() < SAME_TOPIC_SHARE ? sameTopic : sentences, random);
            String separator = body.isEmpty() ? "" : inParagraph >= paragraphSize ? "\n\n" : " ";
            if (body.length() + separator.length() + sentence.length() > MAX_BODY) {
                attempts++;
                continue;
            }
            if (separator.equals("\n\n")) {
                inParagraph = 0;
                paragraphSize = 1 + random.nextInt(3);
            }
            body.append(separator).append(sentence);
            inParagraph++;
        }
        return body.toString();
    }

    static List<String> sentences(String body) {
        List<String> found = new ArrayList<>();
        for (String line : body.split("\\R")) {
            String text = BULLET.matcher(line).replaceFirst("").strip();
            if (text.isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                String trimmed = sentence.strip();
                if (trimmed.length() >= MIN_SENTENCE) {
                    found.add(trimmed);
                }
            }
        }
        return found;
    }

    private static String strip(String title) {
        return title.strip().replaceAll("[?.!]+$", "");
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> List<T> picks(List<T> items, int count, Random random) {
        List<T> picked = new ArrayList<>(count);
        for (int i = 0; i < count && !items.isEmpty(); i++) {
            picked.add(pick(items, random));
        }
        return picked;
    }
}
