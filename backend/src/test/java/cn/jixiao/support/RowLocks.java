package cn.jixiao.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A second transaction beside the one in progress (REQUIRES_NEW: its own connection) that waits at most a moment
 * for a row lock, so a test can show that a row is held without timing anything: the database says so.
 */
public final class RowLocks {

    private final TransactionTemplate beside;
    private final JdbcTemplate jdbc;

    public RowLocks(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.beside = new TransactionTemplate(transactions);
        this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
    }

    /** Runs {@code work} in a transaction of its own whose lock waits end after about a second. */
    public void besideWithShortLockWait(Runnable work) {
        beside.executeWithoutResult(s -> {
            String before = jdbc.queryForObject(TestDatabase.isMariaDb()
                    ? "SELECT @@SESSION.innodb_lock_wait_timeout"
                    : "SELECT LOCK_TIMEOUT()",
                    String.class);
            jdbc.execute(TestDatabase.isMariaDb() ? "SET SESSION innodb_lock_wait_timeout = 1" : "SET LOCK_TIMEOUT 1000");
            try {
                work.run();
            } finally {
                // the connection goes back to the pool: as it came
                jdbc.execute(TestDatabase.isMariaDb() ? "SET SESSION innodb_lock_wait_timeout = " + Integer.parseInt(before)
                        : "SET LOCK_TIMEOUT " + Integer.parseInt(before));
            }
        });
    }
}
