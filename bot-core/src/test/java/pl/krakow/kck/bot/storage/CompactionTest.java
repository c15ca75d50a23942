package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file that saw much data come and go is brought back near its data when the service stops. */
class CompactionTest {

    @TempDir
    Path folder;

    @Test
    void should_compact_an_h2_file_at_stop_and_keep_its_data() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("kck");
        Path file = folder.resolve("kck.mv.db");
        try (Database database = Database.open(url, "", "", null)) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE churn (id INT PRIMARY KEY, body VARCHAR(4000))");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO churn VALUES (?, ?)")) {
                    for (int i = 0; i < 5_000; i++) {
                        insert.setInt(1, i);
                        insert.setString(2, ("wiadomość " + i + " ").repeat(60));
                        insert.executeUpdate();
                    }
                }
                s.execute("DELETE FROM churn WHERE id >= 25");
            }
        }
        long compacted = Files.size(file);
        try (Database database = Database.open(url, "", "", null);
             Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM churn")) {
            rows.next();
            assertEquals(25, rows.getInt(1), "the data is all there");
        }
        System.out.printf("compaction: 5,000 rows of ~1.2 kB written, 4,975 deleted: file %,d bytes after stop%n", compacted);
        assertTrue(compacted < 1_000_000, "near its data after stop: " + compacted + " bytes");
    }
}
