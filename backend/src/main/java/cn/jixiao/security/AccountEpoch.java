package cn.jixiao.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account counter (V36) as this node last read it: read again once the interval has passed, or at once after
 * this node changed an account itself ({@link #changed}). So a change made on this node applies to the next
 * request, one made on another node within the interval (a second by default), and a busy node reads one row a
 * second instead of an account, its roles and its org per request.
 */
@Component
class AccountEpoch {

    static final String BUMP = "UPDATE account_epoch SET epoch = epoch + 1 WHERE id = 1";

    private final JdbcTemplate jdbc;
    private final long intervalNanos;
    private volatile long value;
    private volatile long readAt;
    private volatile boolean stale = true;

    AccountEpoch(JdbcTemplate jdbc, @Value("${jixiao.security.account-check-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.intervalNanos = interval.toNanos();
    }

    long current() {
        long now = System.nanoTime();
        if (stale || now - readAt >= intervalNanos) {
            stale = false;
            value = jdbc.queryForObject("SELECT epoch FROM account_epoch WHERE id = 1", Long.class);
            readAt = now;
        }
        return value;
    }

    /** This node has just committed a change of an account, its roles or an org. */
    void changed() {
        stale = true;
    }
}
