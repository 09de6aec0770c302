package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is gone", as the layers of the application wrap them, and the filter's answer. */
class DatabaseUnavailableTest {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms.");

    @Test
    void aLostConnectionIsRecognisedThroughEveryWrapper() {
        assertThat(DatabaseUnavailable.causedBy(POOL_TIMEOUT)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", POOL_TIMEOUT))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03004 Exception while executing",
                new PersistenceException("### Error querying database.",
                        new SQLException("Communications link failure", "08S01"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ServletException(new DataAccessResourceFailureException(
                "Failed to obtain JDBC Connection", new ConnectException("Connection refused"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("Socket fail to connect")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DuplicateKeyException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry '1' for key 'PRIMARY'", "23000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("Lock wait timeout", "HY000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
        RuntimeException a = new RuntimeException("a");
        a.initCause(new RuntimeException("b", a));
        assertThat(DatabaseUnavailable.causedBy(a)).as("a cause chain with a loop ends").isFalse();
    }

    @Test
    void theFilterAnswers503WithRetryAfterWhenTheDatabaseIsGone() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter().doFilter(new MockHttpServletRequest("GET", "/api/forms"), response, failingWith(
                new ServletException(new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMEOUT))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(body.path("error").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(body.path("message").asText()).isEqualTo("数据库暂时不可用，请稍后重试");
    }

    @Test
    void theFilterLeavesOtherFailuresAlone() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> filter().doFilter(new MockHttpServletRequest("GET", "/api/forms"),
                new MockHttpServletResponse(), failingWith(bug))).isSameAs(bug);
    }

    @Test
    void theFilterRunsBeforeSpringSessionsFilter() {
        int sessionRepositoryFilterDefaultOrder = Integer.MIN_VALUE + 50;
        assertThat(filter().getOrder()).isLessThan(sessionRepositoryFilterDefaultOrder);
    }

    private static DatabaseUnavailableFilter filter() {
        return new DatabaseUnavailableFilter(new JsonErrorWriter(new ObjectMapper()));
    }

    private static FilterChain failingWith(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }
}
