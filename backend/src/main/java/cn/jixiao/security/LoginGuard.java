package cn.jixiao.security;

import cn.jixiao.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts password checks atomically, per name and per client address, across every node: before a password is
 * checked the attempt takes a place under the key's row lock, so however many guesses arrive at once at most
 * {@code max} are checked; the place that reaches the limit locks the key at once (a success takes it back).
 * Unknown names are counted like known ones, so the answers and the lock tell nobody which accounts exist.
 * Each count commits on its own, whatever the caller's transaction does afterwards.
 */
@Component
public class LoginGuard {

    /** How many checks a key may have before it is locked, and for how long. */
    public record Limit(int max, Duration lock) {
    }

    private final LoginGuardMapper guards;
    private final LoginProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LoginGuard(LoginGuardMapper guards, LoginProperties properties, Clock clock, PlatformTransactionManager tx) {
        this.guards = guards;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "addr:" + (address == null ? "-" : address);
    }

    /**
     * Takes a place for one password check of this account (and from this address when given), or throws 429.
     * The address is checked first, so a throttled address does not count against the names it tries.
     */
    public void reserve(String username, String address) {
        if (address != null) {
            take(addressKey(address), addressLimit(), "LOGIN_THROTTLED", "该地址登录失败次数过多，请 %d 分钟后再试");
        }
        try {
            take(userKey(username), userLimit(), "ACCOUNT_LOCKED", "登录失败次数过多，账户已锁定，请 %d 分钟后再试");
        } catch (ApiException locked) {
            if (address != null) {
                settle(addressKey(address), addressLimit(), Outcome.NOT_CHECKED);
            }
            throw locked;
        }
    }

    /**
     * The check succeeded: the account's failures are forgiven — but not the checks still running beside this one,
     * which stay counted until they end — and the address gets its place back.
     */
    public void succeeded(String username, String address) {
        settle(userKey(username), userLimit(), Outcome.SUCCESS);
        if (address != null) {
            settle(addressKey(address), addressLimit(), Outcome.NOT_CHECKED);
        }
    }

    /** The check failed: its place stays taken until the lock's time is up. */
    public void failed(String username, String address) {
        settle(userKey(username), userLimit(), Outcome.FAILURE);
        if (address != null) {
            settle(addressKey(address), addressLimit(), Outcome.FAILURE);
        }
    }

    /** Lifts the lock of an account (security administrator). */
    public void unlock(String username) {
        guards.clear(userKey(username));
    }

    /** Keys that count nothing any more go after a day, so guessed names do not pile up. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    void forgetStale() {
        guards.deleteStale(now().minusDays(1));
    }

    private enum Outcome { SUCCESS, FAILURE, NOT_CHECKED }

    private void take(String key, Limit limit, String code, String message) {
        LocalDateTime now = now();
        guards.insertIfAbsent(key, now);
        LocalDateTime lockedUntil = ownTransaction.execute(s -> {
            LoginGuardMapper.GuardRow row = guards.lock(key);
            // a lock that has run out, or a count nobody added to for as long as a lock lasts, starts again
            boolean fresh = row.lockedUntil() != null ? !row.lockedUntil().isAfter(now)
                    : row.updatedAt() != null && row.updatedAt().plus(limit.lock()).isBefore(now);
            int attempts = fresh ? 0 : row.attempts();
            int inFlight = fresh ? 0 : row.inFlight();
            if (!fresh && (row.lockedUntil() != null || attempts >= limit.max())) {
                return row.lockedUntil() == null ? now.plus(limit.lock()) : row.lockedUntil();
            }
            attempts++;
            guards.update(key, attempts, inFlight + 1, attempts >= limit.max() ? now.plus(limit.lock()) : null, now);
            return null;
        });
        if (lockedUntil != null) {
            long minutes = Math.max(1, Duration.between(now, lockedUntil).toMinutes() + 1);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, String.format(message, minutes));
        }
    }

    private void settle(String key, Limit limit, Outcome outcome) {
        ownTransaction.executeWithoutResult(s -> {
            LoginGuardMapper.GuardRow row = guards.lock(key);
            if (row == null || row.inFlight() == 0) {
                return; // unlocked meanwhile, or started afresh
            }
            int inFlight = row.inFlight() - 1;
            int attempts = switch (outcome) {
                case FAILURE -> row.attempts();
                case SUCCESS -> inFlight;
                case NOT_CHECKED -> Math.max(row.attempts() - 1, inFlight);
            };
            guards.update(key, attempts, inFlight, attempts >= limit.max() ? row.lockedUntil() : null, now());
        });
    }

    private Limit userLimit() {
        return new Limit(properties.maxFailures(), properties.lockDuration());
    }

    private Limit addressLimit() {
        return new Limit(properties.addressMaxFailures(), properties.addressLockDuration());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
