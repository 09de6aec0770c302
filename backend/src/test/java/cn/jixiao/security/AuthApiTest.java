package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@H2Test
class AuthApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filerLogsInAndSeesWhoSheIs() {
        ApiClient client = new ApiClient(port);
        Response login = client.login("ks_filer", "demo1234");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("username").asText()).isEqualTo("ks_filer");
        assertThat(login.json().path("roles").toString()).isEqualTo("[\"FILER\"]");
        assertThat(login.json().path("org").path("name").asText()).isEqualTo("喀什市社会保险中心");
        assertThat(login.json().path("org").path("level").asText()).isEqualTo("UNIT");
        assertThat(client.get("/api/auth/me").json().path("username").asText()).isEqualTo("ks_filer");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndCsrfCookieIsReadable() {
        ApiClient client = new ApiClient(port);
        Response login = client.login("ks_head", "demo1234");

        var setCookies = login.raw().headers().allValues("Set-Cookie");
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").doesNotContain("HttpOnly"));
    }

    @Test
    void wrongPasswordIs401WithChineseMessage() {
        Response r = new ApiClient(port).login("ksyb_filer", "wrong-password");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("error").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(r.json().path("message").asText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void unknownUserIs401LikeAWrongPassword() {
        Response r = new ApiClient(port).login("nobody", "demo1234");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("message").asText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String username = "lockout_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id) "
                + "SELECT ?, '测试', password_hash, org_id FROM app_user WHERE username = 'ks_filer'", username);
        ApiClient client = new ApiClient(port);

        for (int i = 0; i < 5; i++) {
            assertThat(client.login(username, "wrong-" + i).status()).isEqualTo(401);
        }
        Response locked = client.login(username, "demo1234");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().path("error").asText()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(locked.json().path("message").asText()).contains("已锁定").contains("15 分钟");
    }

    @Test
    void fourFailuresThenSuccessResetTheCount() {
        String username = "reset_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id) "
                + "SELECT ?, '测试', password_hash, org_id FROM app_user WHERE username = 'ks_filer'", username);
        ApiClient client = new ApiClient(port);
        for (int i = 0; i < 4; i++) {
            client.login(username, "wrong");
        }

        assertThat(client.login(username, "demo1234").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT attempts FROM login_guard WHERE guard_key = ?", Integer.class,
                "user:" + username)).isZero();
    }

    @Test
    void loginWithoutCsrfTokenIs403() {
        Response r = new ApiClient(port).withoutCsrf().login("ks_filer", "demo1234");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("error").asText()).isEqualTo("CSRF");
    }

    @Test
    void unsafeRequestWithWrongCsrfTokenIs403() {
        ApiClient client = ApiClient.loggedIn(port, "ks_filer");
        Response r = client.withoutCsrf().post("/api/auth/logout", "{}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void anonymousApiCallIs401JsonNotARedirect() {
        Response r = new ApiClient(port).get("/api/auth/me");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.raw().headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(r.json().path("error").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(new ApiClient(port).get("/api/anything/else").status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = ApiClient.loggedIn(port, "ksyb_head");

        assertThat(client.post("/api/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void malformedLoginBodyIs400() {
        ApiClient client = new ApiClient(port);
        assertThat(client.post("/api/auth/login", "{not json").status()).isEqualTo(400);
        Response empty = client.post("/api/auth/login", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("message").asText()).isEqualTo("请输入用户名和密码");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        var headers = new ApiClient(port).get("/api/auth/me").raw().headers();

        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void camundaWebAppsAreForAdminOnly() {
        assertThat(new ApiClient(port).get("/camunda/app/cockpit/default/").status()).isEqualTo(302);
        assertThat(ApiClient.loggedIn(port, "ks_reviewer").get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "ks_filer").get("/camunda/api/engine/engine/default/process-definition").status())
                .isEqualTo(403);

        ApiClient admin = ApiClient.loggedIn(port, "admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        Response user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().path("userId").asText()).isEqualTo("admin");
        assertThat(user.json().path("authorizedApps").toString()).contains("cockpit");
    }

    @Test
    void openApiDescriptionIsForAdminOnly() {
        Response admin = ApiClient.loggedIn(port, "admin").get("/v3/api-docs");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("paths").has("/api/forms/{id}")).isTrue();
        assertThat(admin.json().path("paths").has("/api/tasks/{taskId}/complete")).isTrue();
        assertThat(ApiClient.loggedIn(port, "ks_reviewer").get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void camundaRestApiIsNotExposedToOtherUsers() {
        assertThat(ApiClient.loggedIn(port, "ks_leader").get("/engine-rest/process-definition").status()).isIn(403, 404);
        assertThat(new ApiClient(port).get("/engine-rest/process-definition").status()).isNotEqualTo(200);
    }
}
