package cn.jixiao.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxFailures} wrong passwords in a row the account is locked for {@code lockDuration}. */
@ConfigurationProperties("jixiao.login")
public record LoginProperties(int maxFailures, Duration lockDuration) {
}
