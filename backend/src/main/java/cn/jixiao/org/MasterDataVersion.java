package cn.jixiao.org;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The master-data counter (V36's {@code account_epoch}): raised with every write of an account, its roles, an org
 * or a setting ({@link MasterDataChanges}), as this node last read it — read again once the interval has passed,
 * or at once after this node changed master data itself ({@link #changed}). So a change made on this node applies
 * to the next request, one made on another node within the interval (a second by default), and a busy node reads
 * one row a second instead of accounts, orgs and settings per request ({@link MasterDataCache}).
 */
@Component
public class MasterDataVersion {

    public static final String BUMP = "UPDATE account_epoch SET epoch = epoch + 1 WHERE id = 1";

    private final JdbcTemplate jdbc;
    private final long intervalNanos;
    private volatile long value;
    private volatile long readAt;
    private volatile boolean stale = true;

    MasterDataVersion(JdbcTemplate jdbc, @Value("${jixiao.security.account-check-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.intervalNanos = interval.toNanos();
    }

    public long current() {
        long now = System.nanoTime();
        if (stale || now - readAt >= intervalNanos) {
            stale = false;
            value = jdbc.queryForObject("SELECT epoch FROM account_epoch WHERE id = 1", Long.class);
            readAt = now;
        }
        return value;
    }

    /**
     * Master data has just been written: after the commit this node reads the counter again; until then the
     * transaction that wrote it reads master data afresh ({@link #writtenInThisTransaction}), so it sees its own change.
     */
    void written() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            stale = true;
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MasterDataVersion.this);
                stale = true;
            }
        });
    }

    /** Whether the current transaction has written master data (kept values may be older than what it sees). */
    boolean writtenInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }
}
