package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabase;

class ConsultantAccountsTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000); // fast for tests; production uses 600,000
    private TestDatabase opened;
    private Database database;

    private ConsultantAccounts accounts(String engine) {
        opened = TestDatabase.open(engine);
        database = opened.database();
        return new ConsultantAccounts(database, hasher, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_sign_in_with_the_right_password_only(String engine) {
        ConsultantAccounts accounts = accounts(engine);
        assertTrue(accounts.create("anna", "Anna Nowak", Role.CONSULTANT, "długie hasło 123".toCharArray()));
        assertEquals(Optional.of(new Consultant("anna", "Anna Nowak", Role.CONSULTANT, true)),
                accounts.authenticate("anna", "długie hasło 123".toCharArray()));
        assertEquals(Optional.empty(), accounts.authenticate("anna", "długie hasło 124".toCharArray()));
        assertEquals(Optional.empty(), accounts.authenticate("nikt", "długie hasło 123".toCharArray()));
        assertFalse(accounts.create("anna", "Anna Inna", Role.SUPERVISOR, "inne długie hasło".toCharArray()), "logins are unique");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_store_only_a_salted_pbkdf2_hash(String engine) throws Exception {
        ConsultantAccounts accounts = accounts(engine);
        accounts.create("anna", "Anna", Role.CONSULTANT, "długie hasło 123".toCharArray());
        accounts.create("jan", "Jan", Role.CONSULTANT, "długie hasło 123".toCharArray());
        try (Connection c = database.dataSource().getConnection(); var s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT password_hash FROM consultant ORDER BY login")) {
            rows.next();
            String anna = rows.getString(1);
            rows.next();
            String jan = rows.getString(1);
            assertTrue(anna.startsWith("pbkdf2-sha256$1000$"), anna);
            assertFalse(anna.contains("hasło"));
            assertFalse(anna.equals(jan), "the same password gets a different salt and hash");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_seed_missing_accounts_without_overwriting_existing_ones(String engine) {
        ConsultantAccounts accounts = accounts(engine);
        accounts.create("admin", "Administrator", Role.SUPERVISOR, "hasło zmienione później".toCharArray());
        List<String> created = accounts.seed(List.of(
                new ConsultantAccounts.Seed("admin", "Administrator", Role.SUPERVISOR, "hasło z konfiguracji", null),
                new ConsultantAccounts.Seed("ewa", "Ewa", Role.CONSULTANT, null, hasher.hash("hasło ewy z hashem".toCharArray()))));
        assertEquals(List.of("ewa"), created);
        assertTrue(accounts.authenticate("admin", "hasło zmienione później".toCharArray()).isPresent());
        assertTrue(accounts.authenticate("ewa", "hasło ewy z hashem".toCharArray()).isPresent());
        assertEquals(List.of("admin", "ewa"), accounts.all().stream().map(Consultant::login).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void should_refuse_short_passwords_and_odd_logins(String engine) {
        ConsultantAccounts accounts = accounts(engine);
        assertThrows(IllegalArgumentException.class, () -> accounts.create("anna", "Anna", Role.CONSULTANT, "krótkie".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("Anna Nowak", "Anna", Role.CONSULTANT, "długie hasło 123".toCharArray()));
    }
}
