package cn.jixiao.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions are kept in SPRING_SESSION by Spring Session JDBC (auto-configured by Spring Boot), so
 * nodes behind a load balancer share them. The auto-configured {@link JdbcIndexedSessionRepository}
 * is also the {@code FindByIndexNameSessionRepository} that finds a person's sessions by username.
 */
@Configuration
public class SessionStore {

    /**
     * Writes a session attribute with an upsert: two requests of one session that set the same new
     * attribute at once (the Camunda web apps load in parallel) must not fail on the primary key.
     * MySQL's syntax, which H2 accepts in MySQL mode.
     */
    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
