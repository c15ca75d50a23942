package pl.krakow.kck.bot.analytics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The contact centre's figures for a period, counted in SQL (H2 or PostgreSQL): closed days from their daily
 * roll-ups (migrations V20 and V30_1, {@link PeriodCounts}: unanswered questions too, redacted), today live from the
 * raw tables, the cases, reports and feedback straight from theirs (indexes of V10 and V20); the grouping of
 * unanswered questions on lemmas runs in Java. Definitions:
 * <ul>
 * <li>conversations: whose first message was written in the period; messages: written in the period; a
 * conversation's language is the one it is served in;</li>
 * <li>contacts: a conversation's messages on one day (a conversation resumed another day is another contact);</li>
 * <li>containment: contacts without a handoff asked and with fewer than two fallbacks that day;</li>
 * <li>fallback and clarify rates: shares of the replies to questions (answer + clarify + fallback);</li>
 * <li>unanswered: residents' messages answered by a fallback, grouped on lemmas.</li>
 * </ul>
 */
public final class Analytics {

    public static final int UNANSWERED_GROUPS = 50;
    public static final int TOP_ARTICLES = 30;

    private final AnalyticsSql sql;
    private final QuestionGroups groups;
    private final Rollups rollups;
    private final PeriodCounts counts;

    /**
     * @param zone  the contact centre's time zone: the days the roll-ups are cut in
     * @param clock what "now" is: which days are closed
     */
    public Analytics(DataSource dataSource, QuestionGroups groups, ZoneId zone, Clock clock) {
        this.sql = new AnalyticsSql(dataSource);
        this.groups = groups;
        this.rollups = new Rollups(dataSource, zone, sql.postgres());
        this.counts = new PeriodCounts(sql, rollups, groups, clock);
    }

    /** Rolls up every closed day not rolled up yet (the daily job; a report does it too); says what it did. */
    public String rollUp() {
        return "rolled up " + counts.rollUp() + " days";
    }

    /** Forgets the roll-ups: the next report or {@link #rollUp()} counts the closed days again from the raw tables. */
    public void clearRollups() {
        rollups.clear();
    }

    public AnalyticsReport report(Period period) {
        long started = System.nanoTime();
        DayCounts days = counts.of(period);
        Traffic traffic = new Traffic(sql, period, days);
        Outcomes outcomes = new Outcomes(days);
        Cases cases = new Cases(sql, period);
        List<QuestionGroups.Group> unanswered = groups.group(outcomes.misses, UNANSWERED_GROUPS);

        long answers = traffic.replies("answer");
        long clarify = traffic.replies("clarify");
        long fallback = traffic.replies("fallback");
        long questions = answers + clarify + fallback;
        Outcomes.Containment containment = outcomes.containment;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("conversations", traffic.conversationCount());
        figures.put("messages", traffic.messageCount());
        figures.put("contacts", containment.contacts());
        figures.put("contained", containment.contained());
        figures.put("containment_rate", Rates.share(containment.contained(), containment.contacts()));
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
        tables.put("by_language", traffic.byLanguage());
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
