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

    /** Sends the guesses at once, each from an address of its own (a botnet: only the account's lock can stop it). */
    private Map<Integer, Integer> guessAtOnce(String username, List<String> passwords) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(passwords.size());
        CountDownLatch ready = new CountDownLatch(passwords.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (String password : passwords) {
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
            return byStatus;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> wrong(int n) {
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            passwords.add("wrong-" + i);
        }
        return passwords;
    }

    @Test
    void aHundredParallelWrongGuessesCheckAtMostFivePasswordsAndTheLockHolds() throws Exception {
        String username = newUser();

        Map<Integer, Integer> byStatus = guessAtOnce(username, wrong(100));

        assertThat(byStatus.getOrDefault(401, 0)).as("passwords checked: " + byStatus).isLessThanOrEqualTo(5);
        assertThat(byStatus.getOrDefault(429, 0)).as(byStatus.toString()).isGreaterThanOrEqualTo(95);
        assertThat(new ApiClient(port).from(address()).login(username, "demo1234").status()).isEqualTo(429);
    }

    @Test
    void withTheRightPasswordAmongThemItLogsInOnlyIfCheckedBeforeTheFifthFailure() throws Exception {
        String username = newUser();
        List<String> passwords = wrong(99);
        passwords.add("demo1234");

        Map<Integer, Integer> byStatus = guessAtOnce(username, passwords);

        if (byStatus.getOrDefault(200, 0) == 0) {
            // the right one came too late: at most five were checked, and the lock holds against it too
            assertThat(byStatus.getOrDefault(401, 0)).as(byStatus.toString()).isLessThanOrEqualTo(5);
            assertThat(new ApiClient(port).from(address()).login(username, "demo1234").status()).isEqualTo(429);
        } else {
            // it was among the first five: at most four failures before it, and a fresh count of five after it
            assertThat(byStatus.getOrDefault(401, 0)).as(byStatus.toString()).isLessThanOrEqualTo(9);
        }
        assertThat(byStatus.getOrDefault(200, 0) + byStatus.getOrDefault(401, 0) + byStatus.getOrDefault(429, 0))
                .as(byStatus.toString()).isEqualTo(100);
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
