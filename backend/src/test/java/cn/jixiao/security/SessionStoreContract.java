package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Sessions live in SPRING_SESSION (Spring Session JDBC), on H2 and on MariaDB alike. */
abstract class SessionStoreContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    /** The row's SESSION_ID; Spring Session's cookie carries it Base64-encoded. */
    static String sessionId(ApiClient client) {
        return new String(Base64.getDecoder().decode(client.cookie("JSESSIONID")), StandardCharsets.UTF_8);
    }

    String principalOf(String sessionId) {
        return jdbc.queryForList("SELECT PRINCIPAL_NAME FROM SPRING_SESSION WHERE SESSION_ID = ?", String.class, sessionId)
                .stream().findFirst().orElse(null);
    }

    @Test
    void aLoginIsARowWithTheUsernameAndLogoutDeletesIt() {
        ApiClient client = ApiClient.loggedIn(port, "ks_filer");
        String id = sessionId(client);

        assertThat(principalOf(id)).isEqualTo("ks_filer");
        assertThat(jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = ?",
                Integer.class, id)).isEqualTo(30 * 60);
        assertThat(sessions.findByPrincipalName("ks_filer")).containsKey(id);

        assertThat(client.post("/api/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", Integer.class, id))
                .isZero();
        assertThat(sessions.findByPrincipalName("ks_filer")).doesNotContainKey(id);
    }

    @Test
    void aSecondLoginInTheSameBrowserGetsANewSessionId() {
        ApiClient client = ApiClient.loggedIn(port, "ks_reviewer");
        String first = sessionId(client);

        assertThat(client.login("ks_leader", "demo1234").status()).isEqualTo(200);

        String second = sessionId(client);
        assertThat(second).isNotEqualTo(first);
        assertThat(principalOf(first)).isNull();
        assertThat(principalOf(second)).isEqualTo("ks_leader");
        assertThat(client.get("/api/auth/me").json().path("username").asText()).isEqualTo("ks_leader");
    }

    @Test
    void theCamundaWebAppsKeepTheirLoginInTheSharedSession() {
        ApiClient admin = ApiClient.loggedIn(port, "admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);

        assertThat(admin.get("/camunda/api/admin/auth/user/default").json().path("userId").asText()).isEqualTo("admin");
        assertThat(jdbc.queryForList("SELECT a.ATTRIBUTE_NAME FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s "
                + "ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ?", String.class, sessionId(admin)))
                .contains("SPRING_SECURITY_CONTEXT", "authenticatedUser");
    }
}
