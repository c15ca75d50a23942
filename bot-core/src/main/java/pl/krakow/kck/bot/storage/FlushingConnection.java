package pl.krakow.kck.bot.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * A pooled connection whose commits are durable when they return, through the {@link GroupCommit}: after
 * {@code commit()}, after {@code setAutoCommit(true)} (which commits), and after a statement that writes when the
 * connection is in auto-commit. Statements that only read are the driver's own, untouched.
 */
final class FlushingConnection implements InvocationHandler {

    /** A word that makes a statement a write (or a commit); anything else only reads. */
    private static final Pattern WRITES = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|MERGE|UPSERT|CREATE|ALTER|DROP|TRUNCATE|COMMIT|CALL|RUNSCRIPT)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int CACHED_SQL = 4096;
    private static final Map<String, Boolean> WRITING = new ConcurrentHashMap<>();

    private final Connection connection;
    private final GroupCommit group;
    private boolean autoCommit;

    private FlushingConnection(Connection connection, GroupCommit group) throws SQLException {
        this.connection = connection;
        this.group = group;
        this.autoCommit = connection.getAutoCommit();
    }

    /** The data source's connections, each flushing its commits through {@code group}. */
    static DataSource wrap(DataSource pool, GroupCommit group) {
        return new FlushingDataSource(pool, group);
    }

    static Connection of(Connection connection, GroupCommit group) throws SQLException {
        return (Connection) Proxy.newProxyInstance(FlushingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new FlushingConnection(connection, group));
    }

    /** True when the SQL may change data (or commits): what must reach the disk before the caller goes on. */
    static boolean writes(String sql) {
        Boolean known = WRITING.get(sql);
        if (known != null) {
            return known;
        }
        boolean writes = WRITES.matcher(sql).find();
        if (WRITING.size() < CACHED_SQL) {
            WRITING.put(sql, writes);
        }
        return writes;
    }

    boolean autoCommit() {
        return autoCommit;
    }

    GroupCommit group() {
        return group;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "commit" -> {
                call(method, args);
                group.committed();
                return null;
            }
            case "setAutoCommit" -> {
                boolean on = (Boolean) args[0];
                boolean committing = on && !autoCommit;
                call(method, args);
                autoCommit = on;
                if (committing) {
                    group.committed();
                }
                return null;
            }
            case "prepareStatement", "prepareCall" -> {
                Object statement = call(method, args);
                return writes((String) args[0]) ? FlushingStatement.of(statement, (String) args[0], this,
                        name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class) : statement;
            }
            case "createStatement" -> {
                return FlushingStatement.of(call(method, args), null, this, Statement.class);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                return call(method, args);
            }
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
