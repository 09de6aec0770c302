package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.org.MasterDataVersion;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a logged-in request costs the database besides its own work, counted by H2's query statistics: no read of
 * the account, its roles, its org or the settings while nothing changed (one read of the account counter a second at most), no
 * write of the session row; the session's one read stays. And what must still apply: a change made through this
 * node at once, one committed by another node (here: straight into the database, counter raised) within the
 * second. H2 only (the statistics are H2's).
 */
@H2Test
class RequestCostH2Test {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRequestReadsNeitherTheAccountNorWritesTheSession() {
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        assertThat(filer.get("/api/auth/me").status()).isEqualTo(200); // the account is read and kept
        Map<String, Long> counts;
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(filer.get("/api/tasks?scope=todo").status()).isEqualTo(200);
            }
            counts = statistics();
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
        assertThat(executions(counts, "FROM APP_USER")).as(counts.toString()).isZero();
        assertThat(executions(counts, "FROM APP_USER_ROLE")).isZero();
        assertThat(executions(counts, "UPDATE SPRING_SESSION ")).as(counts.toString()).isZero();
        assertThat(executions(counts, "FROM ACCOUNT_EPOCH")).isLessThanOrEqualTo(20);
        assertThat(executions(counts, "FROM SPRING_SESSION ")).as(counts.toString()).isEqualTo(20); // read once a request
    }

    @Test
    void readingAFormAgainReadsNeitherItsOrgNorTheSettings() throws Exception {
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
        doc.put("project", "请求成本 主数据 " + System.nanoTime());
        long id = FormActions.create(filer, doc);
        assertThat(filer.get("/api/forms/" + id).status()).isEqualTo(200); // the unit, its prefecture, the settings kept
        Map<String, Long> counts;
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(filer.get("/api/forms/" + id).status()).isEqualTo(200);
            }
            counts = statistics();
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
        assertThat(executions(counts, "FROM ORG ")).as(counts.toString()).isZero();
        assertThat(executions(counts, "FROM SETTING ")).as(counts.toString()).isZero();
        assertThat(executions(counts, "FROM FORM ")).as(counts.toString()).isPositive(); // the form itself still is
    }

    @Test
    void aDeactivationByAnotherNodeEndsTheSessionWithinTheSecond() throws InterruptedException {
        String username = "req_cost_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id, password_changed_at) "
                + "SELECT ?, '请求成本', password_hash, org_id, CURRENT_TIMESTAMP FROM app_user WHERE username = 'ks_filer'",
                username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FILER' FROM app_user WHERE username = ?",
                username);
        ApiClient user = ApiClient.loggedIn(port, username);
        assertThat(user.get("/api/auth/me").status()).isEqualTo(200);

        // another node's commit: the row and the counter, as MasterDataChanges writes them
        jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", username);
        jdbc.update(MasterDataVersion.BUMP);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int status = user.get("/api/forms").status();
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = user.get("/api/forms").status();
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void aRoleChangeThroughThisNodeAppliesToTheNextRequest() {
        ApiClient admin = ApiClient.loggedIn(port, "admin");
        String username = "req_role_" + System.nanoTime();
        long orgId = jdbc.queryForObject("SELECT org_id FROM app_user WHERE username = 'ks_filer'", Long.class);
        ApiClient.Response created = admin.post("/api/admin/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"角色变更\",\"orgId\":" + orgId + ",\"roles\":[\"FILER\"],\"password\":\"Xinjiang-2026!\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        jdbc.update("UPDATE app_user SET must_change_password = FALSE WHERE username = ?", username);
        jdbc.update(MasterDataVersion.BUMP);
        ApiClient user = new ApiClient(port);
        assertThat(user.login(username, "Xinjiang-2026!").status()).isEqualTo(200);
        assertThat(user.get("/api/auth/me").json().path("roles").toString()).contains("FILER");

        long id = created.json().path("id").asLong();
        ApiClient.Response changed = admin.put("/api/admin/users/" + id, "{\"roles\":[\"UNIT_HEAD\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String roles = user.get("/api/auth/me").json().path("roles").toString();
        assertThat(roles).contains("UNIT_HEAD").doesNotContain("FILER");
    }

    private Map<String, Long> statistics() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS");
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get("SQL_STATEMENT").toString(), ((Number) r.get("EXECUTION_COUNT")).longValue()));
        return out;
    }

    private static long executions(Map<String, Long> counts, String fragment) {
        return counts.entrySet().stream().filter(e -> e.getKey().toUpperCase().replaceAll("\\s+", " ").contains(fragment))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
