package cn.jixiao.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

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

    /**
     * Spring Session takes the transactions of this bean (its name is the qualifier it asks for). Being a
     * TransactionOperations, it also keeps Boot from defining its TransactionTemplate bean: code that wants one
     * builds its own from the transaction manager (as LoginGuard does).
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        return new SessionTransactions(transactions);
    }

    /**
     * The repository Spring Boot configures, wrapped so that a request that changes nothing in its session writes
     * nothing ({@link QuietSessions}: the last access time is written once a minute at most).
     */
    @Bean
    static BeanPostProcessor quietSessions(@Value("${jixiao.session.touch-every:60s}") Duration touchEvery) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessions(jdbc, touchEvery) : bean;
            }
        };
    }

    /** Around Spring Session's filter: whatever happened in the request, its session is not kept for the next. */
    @Bean
    FilterRegistrationBean<Filter> quietSessionsRequestEnd(FindByIndexNameSessionRepository<?> sessions) {
        Filter filter = (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                if (sessions instanceof QuietSessions quiet) {
                    quiet.requestDone();
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
