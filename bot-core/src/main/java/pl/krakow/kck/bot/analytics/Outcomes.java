package pl.krakow.kck.bot.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How contacts of a period ended and what was answered: containment, the questions that got a fallback, and the
 * articles and topics shown as answers. A contact is a conversation's messages on one day (what the contact
 * centre counts per day); containment, articles and the unanswered questions come from the period's
 * {@link DayCounts}.
 */
final class Outcomes {

    /**
     * Contacts of the period; contained ones ended without a consultant and without a repeated miss (no handoff
     * asked and fewer than two fallbacks that day).
     */
    record Containment(long contacts, long contained, long handedOver, long repeatedMisses) {
    }

    final Containment containment;
    final List<DayCounts.QuestionCount> misses;
    private final List<DayCounts.ArticleCount> shown;

    Outcomes(DayCounts counts) {
        long contacts = 0;
        long contained = 0;
        long handedOver = 0;
        long repeated = 0;
        for (DayCounts.ContactCount c : counts.contacts()) {
            contacts += c.contacts();
            contained += c.contained();
            handedOver += c.handedOver();
            repeated += c.repeatedMisses();
        }
        this.containment = new Containment(contacts, contained, handedOver, repeated);
        this.misses = counts.questions();
        Map<String, DayCounts.ArticleCount> byArticle = new HashMap<>();
        counts.articles().forEach(a -> byArticle.merge(a.articleId(), a, (x, y) -> new DayCounts.ArticleCount(x.articleId(),
                max(x.topic(), y.topic()), x.answers() + y.answers())));
        this.shown = byArticle.values().stream().sorted(Comparator.comparingLong(DayCounts.ArticleCount::answers).reversed()
                .thenComparing(DayCounts.ArticleCount::articleId)).toList();
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    Table articles(int limit) {
        long total = shown.stream().mapToLong(DayCounts.ArticleCount::answers).sum();
        Table.Builder table = Table.named("articles", "article", "topic", "answers", "share");
        shown.stream().limit(limit).forEach(s -> table.row(s.articleId(), s.topic(), s.answers(), Rates.share(s.answers(), total)));
        return table.build();
    }

    Table topics() {
        var byTopic = new java.util.TreeMap<String, Long>();
        shown.forEach(s -> byTopic.merge(s.topic() == null ? "" : s.topic(), s.answers(), Long::sum));
        long total = shown.stream().mapToLong(DayCounts.ArticleCount::answers).sum();
        Table.Builder table = Table.named("topics", "topic", "answers", "share");
        byTopic.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> table.row(e.getKey(), e.getValue(), Rates.share(e.getValue(), total)));
        return table.build();
    }
}
