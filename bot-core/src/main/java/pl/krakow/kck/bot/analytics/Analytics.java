package pl.krakow.kck.bot.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The contact centre's figures for a period, computed in SQL (H2 or PostgreSQL) with the indexes of migration
 * V10; only the grouping of unanswered questions on lemmas runs here. Definitions:
 * <ul>
 * <li>conversations: started in the period with at least one message; messages: written in the period;</li>
 * <li>containment: conversations without a handoff case and with fewer than two fallbacks;</li>
 * <li>fallback and clarify rates: shares of the replies to questions (answer + clarify + fallback);</li>
 * <li>unanswered: residents' messages answered by a fallback, grouped on lemmas.</li>
 * </ul>
 */
public final class Analytics {

    public static final int UNANSWERED_GROUPS = 50;
    public static final int TOP_ARTICLES = 30;

    private final AnalyticsSql sql;
    private final QuestionGroups groups;

    public Analytics(DataSource dataSource, QuestionGroups groups) {
        this.sql = new AnalyticsSql(dataSource);
        this.groups = groups;
    }

    public AnalyticsReport report(Period period) {
        long started = System.nanoTime();
        Traffic traffic = new Traffic(sql, period);
        Outcomes outcomes = new Outcomes(sql, period);
        Cases cases = new Cases(sql, period);
        List<QuestionGroups.Group> unanswered = groups.group(
                outcomes.misses.stream().map(m -> new QuestionGroups.Asked(m.text(), m.count())).toList(), UNANSWERED_GROUPS);

        long answers = traffic.replies("answer");
        long clarify = traffic.replies("clarify");
        long fallback = traffic.replies("fallback");
        long questions = answers + clarify + fallback;
        Outcomes.Containment containment = outcomes.containment;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("conversations", traffic.conversationCount());
        figures.put("messages", traffic.messageCount());
        figures.put("contained", containment.contained());
        figures.put("containment_rate", Rates.share(containment.contained(), containment.conversations()));
        figures.put("handed_over", containment.handedOver());
        figures.put("repeated_misses", containment.repeatedMisses());
        figures.put("fallback_rate", Rates.share(fallback, questions));
        figures.put("clarify_rate", Rates.share(clarify, questions));
        figures.put("answer_rate", Rates.share(answers, questions));
        figures.put("feedback_up", cases.thumbs(true));
        figures.put("feedback_down", cases.thumbs(false));
        figures.put("satisfaction_avg", cases.satisfactionAverage());

        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("by_channel", traffic.byChannel());
        tables.put("by_author", traffic.byAuthor());
        tables.put("by_kind", traffic.byKind());
        tables.put("unanswered", unansweredTable(unanswered));
        tables.put("topics", outcomes.topics());
        tables.put("articles", outcomes.articles(TOP_ARTICLES));
        tables.put("handoffs", cases.handoffs);
        tables.put("resolutions", cases.resolutions);
        tables.put("reports_by_category", cases.reports);
        tables.put("feedback", cases.feedback);
        tables.put("satisfaction", cases.satisfaction);
        tables.put("heat_map", traffic.heatMap());
        tables.put("daily", traffic.daily());
        tables.put("monthly", traffic.monthly());
        return new AnalyticsReport(period, figures, tables, (System.nanoTime() - started) / 1_000_000);
    }

    private static Table unansweredTable(List<QuestionGroups.Group> unanswered) {
        Table.Builder table = Table.named("unanswered", "text", "count", "examples", "key");
        unanswered.forEach(g -> table.row(g.text(), g.count(), g.examples(), g.key()));
        return table.build();
    }
}
