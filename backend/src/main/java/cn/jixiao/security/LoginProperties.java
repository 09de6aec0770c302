package cn.jixiao.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxFailures} wrong passwords in a row an account (or a name that is no account) is locked for
 * {@code lockDuration}; after {@code addressMaxFailures} from one client address, that address for
 * {@code addressLockDuration}.
 */
@ConfigurationProperties("jixiao.login")
public record LoginProperties(int maxFailures, Duration lockDuration, int addressMaxFailures,
                              Duration addressLockDuration) {
}
