package jp.tsunagu.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The pool's timeout, as Hikari throws it, wrapped as Spring wraps it on the way to a screen or the API. */
class DatabaseTroubleTest {

    @Test
    void every_connection_busy_for_the_whole_wait_says_busy_not_unreachable() {
        var timeout = new SQLTransientConnectionException(
                "tsunagu - Connection is not available, request timed out after 5000ms (total=20, active=20, idle=0)");
        assertThat(DatabaseTrouble.messageKey(new CannotCreateTransactionException("no connection", timeout)))
                .isEqualTo("error.busy");
    }

    @Test
    void a_timeout_after_failed_connection_attempts_says_the_database_cannot_be_reached() {
        var refused =
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));
        var timeout = new SQLTransientConnectionException(
                "tsunagu - Connection is not available, request timed out after 5000ms", "08001", refused);
        assertThat(DatabaseTrouble.messageKey(new CannotCreateTransactionException("no connection", timeout)))
                .isEqualTo("error.database");
        assertThat(DatabaseTrouble.messageKey(new DataAccessResourceFailureException("I/O error", refused)))
                .isEqualTo("error.database");
    }

    @Test
    void other_errors_are_not_about_the_database_connection() {
        assertThat(DatabaseTrouble.messageKey(new IllegalStateException("bug"))).isNull();
    }
}
