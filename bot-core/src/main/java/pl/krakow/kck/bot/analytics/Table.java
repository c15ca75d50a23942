package pl.krakow.kck.bot.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of the analytics: named columns and rows of cells (String, Long, Double or a List of Strings).
 * The JSON shows it as an array of objects, the CSV as it is.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public static Builder named(String name, String... columns) {
        return new Builder(name, List.of(columns));
    }

    /** The cell of {@code column} in row {@code row}. */
    public Object cell(int row, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return rows.get(row).get(index);
    }

    public static final class Builder {
        private final String name;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
            return this;
        }

        public Table build() {
            return new Table(name, columns, rows);
        }
    }
}
