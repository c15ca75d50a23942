package pl.krakow.kck.bot.handoff;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.Row;
import pl.krakow.kck.bot.storage.StorageException;

/** The consultants' console accounts, with passwords kept only as {@link PasswordHasher} hashes. */
public final class ConsultantAccounts {

    /** Logins: lower-case letters, digits, dot, dash, underscore; 2–64 characters. */
    public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String SELECT = "SELECT login, display_name, role, active FROM consultant ";

    private final Jdbc jdbc;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ConsultantAccounts(Database database, PasswordHasher hasher, Clock clock) {
        this.jdbc = new Jdbc(database);
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
        return jdbc.first("cannot read account " + login, SELECT + "WHERE login = ?", ConsultantAccounts::consultant, login);
    }

    public List<Consultant> all() {
        return jdbc.list("cannot list accounts", SELECT + "ORDER BY display_name, login", ConsultantAccounts::consultant);
    }

    private Optional<String> storedHash(String login) {
        return jdbc.first("cannot read account " + login, "SELECT password_hash FROM consultant WHERE login = ?",
                row -> row.string("password_hash"), login);
    }

    private boolean insert(String login, String displayName, Role role, String hash) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("a login is 2–64 characters: a-z, 0-9, '.', '-', '_' (got '" + login + "')");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("a display name is 1–100 characters");
        }
        try {
            jdbc.update("cannot create account " + login, "INSERT INTO consultant (login, display_name, role, password_hash, active, "
                    + "created_at) VALUES (?, ?, ?, ?, TRUE, ?)", login, displayName.strip(), role.wire(), hash, Jdbc.now(clock));
            return true;
        } catch (StorageException e) {
            if (Jdbc.uniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static String requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private static Consultant consultant(Row row) throws SQLException {
        return new Consultant(row.string("login"), row.string("display_name"),
                Role.fromWire(row.string("role")).orElse(Role.CONSULTANT), row.flag("active"));
    }
}
