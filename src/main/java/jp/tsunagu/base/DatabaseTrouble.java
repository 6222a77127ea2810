package jp.tsunagu.base;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What to tell a person whose request could not get to the database: that it cannot be reached, or, when every
 * pooled connection was busy for the whole wait and none had failed, that the system is busy. The pool's timeout
 * carries the last failed connection attempt as its cause when the database is down, and no cause when it is only
 * busy.
 */
public final class DatabaseTrouble {

    public static final String UNREACHABLE = "error.database";
    public static final String BUSY = "error.busy";

    private DatabaseTrouble() {}

    /** {@link #BUSY}, {@link #UNREACHABLE}, or null when the error is not about reaching the database. */
    public static String messageKey(Throwable error) {
        boolean failure = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException && t.getCause() == null) {
                return BUSY;
            }
            failure |= t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException;
        }
        return failure ? UNREACHABLE : null;
    }
}
