package cn.jixiao.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a lost database connection from other failures, whatever wraps it (MyBatis, Spring's
 * DataAccessException and transaction exceptions, Camunda's ProcessEngineException, a servlet
 * exception), and says how the API answers it: 503 with a Retry-After, so clients and load
 * balancers wait instead of reporting a bug. Used by {@link ApiExceptionHandler} and
 * {@link DatabaseUnavailableFilter}.
 */
public final class DatabaseUnavailable {

    public static final int RETRY_AFTER_SECONDS = 10;

    public static final ApiError BODY = new ApiError("DATABASE_UNAVAILABLE", "数据库暂时不可用，请稍后重试");

    /** SQL state class 08: connection exception (SQL standard; Connector/J's communication failures are 08S01). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    /** True when some cause of {@code failure} says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException // Hikari: no connection within connection-timeout
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
