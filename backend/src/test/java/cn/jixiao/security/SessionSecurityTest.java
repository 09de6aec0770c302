package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions and CSRF tokens (issue 14): none for anonymous requests, tokens tied to their session, sessions ended. */
@H2Test
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private int sessions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Integer.class);
    }

    private String newUser() {
        String username = "sess_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id, password_changed_at) "
                + "SELECT ?, '测试', password_hash, org_id, CURRENT_TIMESTAMP FROM app_user WHERE username = 'ks_filer'",
                username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FILER' FROM app_user WHERE username = ?", username);
        return username;
    }

    @Test
    void anonymousRequestsCreateNoSession() {
        int before = sessions();
        HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/api/engine/engine/default/process-definition",
                "/camunda/app/admin/default/", "/camunda/api/admin/auth/user/default", "/api/auth/me", "/api/forms", "/")) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = send(noCookies, HttpRequest.newBuilder(URI.create(ApiClient.baseUrl(port) + path)).GET());
                assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aCamundaPostWithoutItsTokenIsRefusedAndTheAdminStaysLoggedIn() {
        ApiClient admin = ApiClient.loggedIn(port, "admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);

        Response forged = admin.withoutCsrf().post("/camunda/api/engine/engine/default/process-definition/x/suspended",
                "{\"suspended\":true}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(admin.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);
    }

    @Test
    void theCsrfTokenBelongsToItsSessionAndChangesAtLoginAndLogout() {
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/me");
        String before = anonymous.cookie("XSRF-TOKEN");
        assertThat(anonymous.login("ks_filer", "demo1234").status()).isEqualTo(200);
        String mine = anonymous.cookie("XSRF-TOKEN");
        assertThat(mine).isNotNull().isNotEqualTo(before);

        ApiClient other = ApiClient.loggedIn(port, "ks_head");
        Response withAnothersToken = other.withoutCsrf().withHeader("X-XSRF-TOKEN", mine).post("/api/auth/logout", "{}");
        assertThat(withAnothersToken.status()).isEqualTo(403);
        assertThat(withAnothersToken.json().path("error").asText()).isEqualTo("CSRF");

        assertThat(anonymous.post("/api/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(anonymous.cookie("XSRF-TOKEN")).isNotEqualTo(mine);
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessions() {
        String username = newUser();
        ApiClient laptop = ApiClient.loggedIn(port, username);
        ApiClient phone = ApiClient.loggedIn(port, username);

        Response changed = laptop.post("/api/auth/password", "{\"oldPassword\":\"demo1234\",\"newPassword\":\"Xinjiang-2026!\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(laptop.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(phone.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class,
                username)).isOne();
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutAndTheAbsoluteLimitOfTheSettings() throws IOException {
        String username = newUser();
        ApiClient user = ApiClient.loggedIn(port, username);
        assertThat(jdbc.queryForObject("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                Integer.class, username)).isEqualTo(30 * 60);

        // twelve hours later (the attribute the login set, moved into the past)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(System.currentTimeMillis() - 1000);
        }
        assertThat(jdbc.update("UPDATE SPRING_SESSION_ATTRIBUTES SET ATTRIBUTE_BYTES = ? WHERE ATTRIBUTE_NAME = ? "
                + "AND SESSION_PRIMARY_ID IN (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?)",
                bytes.toByteArray(), LoginSessions.ENDS_AT, username)).isOne();

        Response over = user.get("/api/forms");
        assertThat(over.status()).isEqualTo(401);
        assertThat(over.json().path("error").asText()).isEqualTo("SESSION_EXPIRED");
        assertThat(user.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void anExpiredPasswordMustBeChangedBeforeAnythingElse() {
        String username = newUser();
        jdbc.update("UPDATE app_user SET password_changed_at = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(91)), username);
        ApiClient user = new ApiClient(port);
        Response login = user.login(username, "demo1234");

        assertThat(login.json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(login.json().path("passwordExpired").asBoolean()).isTrue();
        assertThat(user.get("/api/forms").json().path("error").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(user.post("/api/auth/password", "{\"oldPassword\":\"demo1234\",\"newPassword\":\"Xinjiang-2026!\"}")
                .status()).isEqualTo(204);
        assertThat(user.get("/api/forms").status()).isEqualTo(200);
        assertThat(user.get("/api/auth/me").json().path("passwordExpired").asBoolean()).isFalse();
    }

    @Test
    void overHttpsTheCookiesAreSecureWithTheHostPrefix() {
        ApiClient behindTls = new ApiClient(port).withHeader("X-Forwarded-Proto", "https");
        Response anonymous = behindTls.get("/api/auth/me");
        assertThat(anonymous.raw().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("__Host-XSRF-TOKEN=").contains("Secure").contains("Path=/"));

        String token = anonymous.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-XSRF-TOKEN=")).findFirst().orElseThrow()
                .replaceFirst("^__Host-XSRF-TOKEN=([^;]*).*$", "$1");
        HttpResponse<String> login = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        URI.create(ApiClient.baseUrl(port) + "/api/auth/login"))
                .header("X-Forwarded-Proto", "https").header("Content-Type", "application/json")
                .header("Cookie", "__Host-XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ks_filer\",\"password\":\"demo1234\"}")));

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("__Host-JSESSIONID=").contains("Secure").contains("HttpOnly").contains("Path=/")
                .doesNotContain("Domain"));
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
