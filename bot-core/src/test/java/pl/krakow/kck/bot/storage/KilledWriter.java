package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The child JVM of {@link KillDurabilityTest}: opens the database like the service ({@link Database#open}) and
 * commits rows one by one in auto-commit, rewriting a few large rows as it goes (so that H2 frees chunks and
 * has gaps to reuse), printing {@code committed <n>} after each commit returned, until it is killed.
 */
public final class KilledWriter {

    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(args[0], "", "", null);
             Connection c = database.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS acknowledged (id INT PRIMARY KEY, body VARCHAR(1000))");
                s.execute("CREATE TABLE IF NOT EXISTS churn (id INT PRIMARY KEY, body VARCHAR(10000))");
            }
            int next = 1;
            try (var s = c.createStatement(); var row = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM acknowledged")) {
                row.next();
                next = row.getInt(1);
            }
            try (PreparedStatement churn = c.prepareStatement("MERGE INTO churn VALUES (?, ?)");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged VALUES (?, ?)")) {
                for (int i = next; ; i++) {
                    churn.setInt(1, i % 7);
                    churn.setString(2, ("zgłoszenie " + i + " ").repeat(200));
                    churn.executeUpdate();
                    insert.setInt(1, i);
                    insert.setString(2, "odpowiedź " + i);
                    insert.executeUpdate();
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
        }
    }
}
