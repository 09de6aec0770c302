package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The second factor as api.md v2 has it: enrol, confirm, the code step of the login, recovery codes, required roles. */
@H2Test
class MfaApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final Totp totp = Totp.standard();

    private String newUser(String role, String orgCode) {
        String username = "mfa_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id, password_changed_at) "
                + "SELECT ?, '测试', u.password_hash, o.id, CURRENT_TIMESTAMP FROM app_user u, org o "
                + "WHERE u.username = 'ks_filer' AND o.code = ?", username, orgCode);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?", role, username);
        return username;
    }

    private String code(String secret, long stepOffset) {
        return totp.code(secret, Totp.step(Instant.now()) + stepOffset);
    }

    @Test
    void enrolConfirmThenEveryLoginAsksForTheCodeAndEachCodeWorksOnce() {
        String username = newUser("FILER", "653101-01");
        ApiClient user = ApiClient.loggedIn(port, username);
        JsonNode enrolment = user.post("/api/auth/mfa/enroll", "{}").json();
        String secret = enrolment.path("secret").asText();
        assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(enrolment.path("qrCode").asText()).startsWith("data:image/png;base64,");
        assertThat(user.post("/api/auth/mfa/confirm", "{\"code\":\"000000\"}").status()).isEqualTo(400);

        Response confirmed = user.post("/api/auth/mfa/confirm", "{\"code\":\"" + code(secret, 0) + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(c -> recovery.add(c.asText()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(user.post("/api/auth/mfa/enroll", "{}").status()).isEqualTo(409);

        ApiClient next = new ApiClient(port);
        Response password = next.login(username, "demo1234");
        assertThat(password.status()).isEqualTo(200);
        assertThat(password.json().path("mfaRequired").asBoolean()).isTrue();
        assertThat(password.json().has("username")).isFalse();
        assertThat(next.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(next.post("/api/auth/mfa", "{\"code\":\"123456\"}").status()).isEqualTo(401);
        // the code of the confirmation was used: the next step's code logs in
        Response second = next.post("/api/auth/mfa", "{\"code\":\"" + code(secret, 1) + "\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("username").asText()).isEqualTo(username);
        assertThat(next.get("/api/auth/me").json().path("mfaEnabled").asBoolean()).isTrue();

        ApiClient replay = new ApiClient(port);
        replay.login(username, "demo1234");
        assertThat(replay.post("/api/auth/mfa", "{\"code\":\"" + code(secret, 1) + "\"}").status()).isEqualTo(401);
        assertThat(replay.post("/api/auth/mfa", "{\"code\":\"" + recovery.get(0) + "\"}").status()).isEqualTo(200);

        ApiClient again = new ApiClient(port);
        again.login(username, "demo1234");
        assertThat(again.post("/api/auth/mfa", "{\"code\":\"" + recovery.get(0) + "\"}").status()).isEqualTo(401);
        assertThat(again.post("/api/auth/mfa", "{\"code\":\"" + recovery.get(1).toUpperCase() + "\"}").status())
                .isEqualTo(200);
    }

    @Test
    void theCodeStepCountsWrongCodesUnderTheLoginLock() {
        String username = newUser("FILER", "653101-01");
        ApiClient user = ApiClient.loggedIn(port, username);
        String secret = user.post("/api/auth/mfa/enroll", "{}").json().path("secret").asText();
        assertThat(user.post("/api/auth/mfa/confirm", "{\"code\":\"" + code(secret, 0) + "\"}").status()).isEqualTo(200);

        ApiClient guesser = new ApiClient(port).from("10.15.0.1");
        guesser.login(username, "demo1234");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.post("/api/auth/mfa", "{\"code\":\"00000" + i + "\"}").status()).isEqualTo(401);
        }
        assertThat(guesser.post("/api/auth/mfa", "{\"code\":\"" + code(secret, 1) + "\"}").status()).isEqualTo(429);
        assertThat(new ApiClient(port).from("10.15.0.2").login(username, "demo1234").status()).isEqualTo(429);
    }

    @Test
    void aRoleInMfaRequiredRolesMustEnrolBeforeAnythingElse() {
        ApiClient security = ApiClient.loggedIn(port, "secadmin");
        String leader = newUser("PREFECTURE_LEADER", "652800");
        assertThat(security.put("/api/admin/settings", "{\"values\":{\"mfa.requiredRoles\":\"PREFECTURE_LEADER\"}}")
                .status()).isEqualTo(200);
        try {
            ApiClient user = ApiClient.loggedIn(port, leader);
            assertThat(user.get("/api/auth/me").json().path("mfaEnrolmentRequired").asBoolean()).isTrue();
            Response held = user.get("/api/tasks");
            assertThat(held.status()).isEqualTo(403);
            assertThat(held.json().path("error").asText()).isEqualTo("MFA_ENROLMENT_REQUIRED");

            String secret = user.post("/api/auth/mfa/enroll", "{}").json().path("secret").asText();
            assertThat(user.post("/api/auth/mfa/confirm", "{\"code\":\"" + code(secret, 0) + "\"}").status()).isEqualTo(200);
            assertThat(user.get("/api/tasks").status()).isEqualTo(200);
            // others keep logging in with the password alone
            assertThat(ApiClient.loggedIn(port, "ks_filer").get("/api/tasks").status()).isEqualTo(200);
            Response bad = security.put("/api/admin/settings", "{\"values\":{\"mfa.requiredRoles\":\"BOSS\"}}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().path("message").asText()).contains("BOSS");
        } finally {
            security.put("/api/admin/settings", "{\"values\":{\"mfa.requiredRoles\":\"\"}}");
        }
        // the security administrator resets the factor: the account logs in with its password again
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, leader);
        assertThat(security.post("/api/admin/users/" + id + "/reset-mfa", "{}").status()).isEqualTo(200);
        assertThat(new ApiClient(port).login(leader, "demo1234").json().path("username").asText()).isEqualTo(leader);
    }
}
