package cn.jixiao.admin;

import cn.jixiao.security.UserSessions;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a new password — hash, age, history — for the owner's change and the security administrator's reset
 * alike, and ends the sessions it must: a change ends the owner's other sessions, a reset all of them.
 */
@Component
class Passwords {

    private final AdminMapper admin;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final Clock clock;

    Passwords(AdminMapper admin, PasswordEncoder encoder, UserSessions sessions, Clock clock) {
        this.admin = admin;
        this.encoder = encoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new account's first password; it is in the history like every later one. */
    String hashForNewAccount(String password) {
        return encoder.encode(password);
    }

    void recordFirst(long userId, String hash) {
        admin.insertPasswordHistory(userId, hash, now());
    }

    /**
     * Sets the password and ends the user's sessions but {@code keepSessionId} (null: all); {@code mustChange}
     * when someone else chose it.
     */
    @Transactional
    void set(long userId, String username, String password, boolean mustChange, String keepSessionId) {
        String hash = encoder.encode(password);
        LocalDateTime now = now();
        admin.setPassword(userId, hash, mustChange, now);
        admin.insertPasswordHistory(userId, hash, now);
        sessions.endAll(username, keepSessionId);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
