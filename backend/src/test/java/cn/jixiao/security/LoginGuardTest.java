package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The probe's findings on the login (issue 14): the lock under parallel guesses, unknown names, bad input. */
@H2Test
class LoginGuardTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A client address of its own, so one test's failures do not throttle another's. */
    static String address() {
        int n = ADDRESS.incrementAndGet();
        return "10.14." + (n / 250) + "." + (n % 250 + 1);
    }

    String newUser() {
        String username = "guard_" + System.nanoTime();
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id) "
                + "SELECT ?, '测试', password_hash, org_id FROM app_user WHERE username = 'ks_filer'", username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FILER' FROM app_user WHERE username = ?", username);
        return username;
    }

    @Test
    void aHundredParallelGuessesCheckAtMostFivePasswords() throws Exception {
        String username = newUser();
        int guesses = 100;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch ready = new CountDownLatch(guesses);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String password = i == guesses - 1 ? "demo1234" : "wrong-" + i;
                // every guess from another address, as from a botnet: only the account's own lock can stop them
                ApiClient client = new ApiClient(port).from(address());
                client.get("/api/auth/me"); // the CSRF cookie, before the start
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.login(username, password);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
            for (Future<Response> f : answers) {
                byStatus.merge(f.get(60, TimeUnit.SECONDS).status(), 1, Integer::sum);
            }
            int checked = byStatus.getOrDefault(401, 0) + byStatus.getOrDefault(200, 0);
            assertThat(checked).as("passwords checked: " + byStatus).isLessThanOrEqualTo(5);
            assertThat(byStatus.getOrDefault(429, 0)).as(byStatus.toString()).isGreaterThanOrEqualTo(95);
            if (byStatus.getOrDefault(200, 0) == 0) {
                assertThat(new ApiClient(port).from(address()).login(username, "demo1234").status()).isEqualTo(429);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownNameIsLockedLikeAKnownOne() {
        String known = newUser();
        String unknown = "nobody_" + System.nanoTime();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Response k = new ApiClient(port).from(address()).login(known, "wrong-" + i);
            Response u = new ApiClient(port).from(address()).login(unknown, "wrong-" + i);
            knownAnswers.add(k.status() + " " + k.json().path("error").asText() + " " + k.json().path("message").asText());
            unknownAnswers.add(u.status() + " " + u.json().path("error").asText() + " " + u.json().path("message").asText());
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.get(5)).startsWith("429 ACCOUNT_LOCKED");
        assertThat(knownAnswers.subList(0, 5)).allSatisfy(a -> assertThat(a).startsWith("401 BAD_CREDENTIALS"));
    }

    @Test
    void oneAddressTryingManyNamesIsThrottled() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            assertThat(new ApiClient(port).from(address).login("spray_" + i + "_" + System.nanoTime(), "Guess-1234")
                    .status()).isEqualTo(401);
        }
        Response throttled = new ApiClient(port).from(address).login("ks_filer", "demo1234");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().path("error").asText()).isEqualTo("LOGIN_THROTTLED");
        // the account itself is not locked: from elsewhere it logs in
        assertThat(new ApiClient(port).from(address()).login("ks_filer", "demo1234").status()).isEqualTo(200);
    }

    @Test
    void aUsernameLongerThan64CharactersIs400AndAudited() {
        String name = "x".repeat(65) + System.nanoTime();
        Response r = new ApiClient(port).from(address()).login(name, "whatever-1");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("message").asText()).contains("username").contains("64");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND username = ?",
                Integer.class, name.substring(0, 63) + "…")).isOne();
    }

    @Test
    void aPasswordLongerThan72BytesIs400AtLogin() {
        Response r = new ApiClient(port).from(address()).login("ks_filer", "密".repeat(25));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("message").asText()).contains("password").contains("72");
    }

    @Test
    void aWrongOldPasswordIsCountedLikeAFailedLogin() {
        String username = newUser();
        ApiClient user = new ApiClient(port).from(address());
        assertThat(user.login(username, "demo1234").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(user.post("/api/auth/password", "{\"oldPassword\":\"guess-" + i + "\",\"newPassword\":\"Xinjiang-2026!\"}")
                    .status()).isEqualTo(400);
        }
        Response locked = user.post("/api/auth/password", "{\"oldPassword\":\"demo1234\",\"newPassword\":\"Xinjiang-2026!\"}");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(new ApiClient(port).from(address()).login(username, "demo1234").status()).isEqualTo(429);
    }
}
