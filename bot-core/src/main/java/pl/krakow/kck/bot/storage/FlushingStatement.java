package pl.krakow.kck.bot.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A statement of a {@link FlushingConnection} that may write: once it has run in auto-commit (where the driver
 * committed it), its commit is made durable through the connection's {@link GroupCommit} before it returns.
 */
final class FlushingStatement implements InvocationHandler {

    private final Object statement;
    private final String sql;
    private final FlushingConnection connection;
    private boolean batchWrites;

    private FlushingStatement(Object statement, String sql, FlushingConnection connection) {
        this.statement = statement;
        this.sql = sql;
        this.connection = connection;
    }

    /** @param sql the prepared statement's SQL, or null for a plain statement (given SQL with each execution) */
    static Object of(Object statement, String sql, FlushingConnection connection, Class<?> type) {
        return Proxy.newProxyInstance(FlushingStatement.class.getClassLoader(), new Class<?>[] {type},
                new FlushingStatement(statement, sql, connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String batched) {
            batchWrites |= FlushingConnection.writes(batched);
        }
        Object result;
        try {
            result = method.invoke(statement, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (name.startsWith("execute") && connection.autoCommit() && writes(name, args)) {
            connection.group().committed();
        }
        return result;
    }

    private boolean writes(String method, Object[] args) {
        if (method.endsWith("Batch")) {
            return sql != null || batchWrites;
        }
        if (sql != null) {
            return true;
        }
        return args != null && args.length > 0 && args[0] instanceof String given && FlushingConnection.writes(given);
    }
}
