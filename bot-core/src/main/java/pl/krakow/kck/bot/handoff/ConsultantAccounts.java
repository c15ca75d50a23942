package pl.krakow.kck.bot.handoff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/** The consultants' console accounts, with passwords kept only as {@link PasswordHasher} hashes. */
public final class ConsultantAccounts {

    /** Logins: lower-case letters, digits, dot, dash, underscore; 2–64 characters. */
    public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ConsultantAccounts(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * An account from the configuration, created at start when its login does not exist yet (an existing
     * account, and a password changed since, are never overwritten). Give {@code passwordHash} (preferred:
     * no clear-text password in the configuration) or {@code password}.
     */
    public record Seed(String login, String displayName, Role role, String password, String passwordHash) {
    }

    /** Creates the seed accounts that do not exist yet; returns the logins created. */
    public List<String> seed(List<Seed> seeds) {
        List<String> created = new ArrayList<>();
        for (Seed seed : seeds) {
            if (find(seed.login()).isPresent()) {
                continue;
            }
            String hash = seed.passwordHash() != null && !seed.passwordHash().isBlank()
                    ? seed.passwordHash()
                    : hasher.hash(requirePassword(seed.password()).toCharArray());
            if (insert(seed.login(), seed.displayName(), seed.role(), hash)) {
                created.add(seed.login());
            }
        }
        return created;
    }

    /** A new account; false when the login is taken. */
    public boolean create(String login, String displayName, Role role, char[] password) {
        requirePassword(new String(password));
        return insert(login, displayName, role, hasher.hash(password));
    }

    /** The active account with this login and password. */
    public Optional<Consultant> authenticate(String login, char[] password) {
        Optional<String> hash = login == null ? Optional.empty() : storedHash(login);
        if (hash.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, hash.get())) {
            return Optional.empty();
        }
        return find(login).filter(Consultant::active);
    }

    public Optional<Consultant> find(String login) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT login, display_name, role, active FROM consultant WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(consultant(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read account " + login, e);
        }
    }

    public List<Consultant> all() {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT login, display_name, role, active FROM consultant ORDER BY display_name, login")) {
            List<Consultant> all = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(consultant(row));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new StorageException("cannot list accounts", e);
        }
    }

    private Optional<String> storedHash(String login) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT password_hash FROM consultant WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read account " + login, e);
        }
    }

    private boolean insert(String login, String displayName, Role role, String hash) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("a login is 2–64 characters: a-z, 0-9, '.', '-', '_' (got '" + login + "')");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("a display name is 1–100 characters");
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO consultant (login, display_name, role, password_hash, active, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")) {
            insert.setString(1, login);
            insert.setString(2, displayName.strip());
            insert.setString(3, role.wire());
            insert.setString(4, hash);
            insert.setObject(5, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StorageException("cannot create account " + login, e);
        }
    }

    private static String requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private static Consultant consultant(ResultSet row) throws SQLException {
        return new Consultant(row.getString(1), row.getString(2), Role.fromWire(row.getString(3)).orElse(Role.CONSULTANT),
                row.getBoolean(4));
    }
}
