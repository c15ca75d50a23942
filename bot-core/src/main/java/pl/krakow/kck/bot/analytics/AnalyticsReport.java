package pl.krakow.kck.bot.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one period: scalar figures by name (counts, rates, averages; a null average means there was
 * nothing to average) and the tables, in the order the page shows them. Names are the JSON keys.
 */
public record AnalyticsReport(Period period, Map<String, Object> figures, Map<String, Table> tables, long millis) {

    public AnalyticsReport {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no analytics table " + name);
        }
        return table;
    }

    public Object figure(String name) {
        return figures.get(name);
    }
}
