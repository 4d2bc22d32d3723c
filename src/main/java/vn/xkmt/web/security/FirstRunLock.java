package vn.xkmt.web.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts made at start (the first administrator, the demo accounts) are made under the
 * {@code app_lock} row {@code first-run}, locked for one transaction: servers starting together on one
 * database make each account once, the others find it made.
 */
@Component
class FirstRunLock {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    FirstRunLock(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Runs the work in one transaction holding the lock; other servers wait for it to commit. */
    void run(Runnable work) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT name FROM app_lock WHERE name = 'first-run' FOR UPDATE").query(String.class).list();
            work.run();
        });
    }
}
