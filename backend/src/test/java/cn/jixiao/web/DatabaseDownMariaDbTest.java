package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.CuttableTcpProxy;
import cn.jixiao.support.MariaDbTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The database stops while the application runs, and comes back. A {@link CuttableTcpProxy} between
 * the application and MariaDB simulates the database server stopping: cutting it breaks every pooled
 * connection and turns new ones away. Meanwhile every API call answers 503 with the Chinese message
 * and readiness is DOWN; after the restore the same calls succeed without a restart, nothing saved
 * before is lost, and the job executor, which kept running through the outage, executes timers again.
 * Its own context (job executor on, database behind the proxy), closed afterwards.
 */
@Tag("mariadb")
@ActiveProfiles({"test", "mysql", "demo"})
// Camunda keeps its engines and its web apps' setup in JVM-wide registries; closing this context must not take the
// other test contexts' engine "default" or Cockpit with it: an engine name of its own, no web apps
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true", "camunda.bpm.process-engine-name=databaseDown",
        "camunda.bpm.webapp.enabled=false"})
@ContextConfiguration(initializers = DatabaseDownMariaDbTest.BehindProxy.class)
@DirtiesContext
class DatabaseDownMariaDbTest extends FormApiTestBase {

    /** The scratch database of {@link MariaDbTestDatabase}, reached through a proxy the test can cut. */
    static class BehindProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new MariaDbTestDatabase().initialize(context);
            CuttableTcpProxy proxy = CuttableTcpProxy.inFrontOf(MariaDbTestDatabase.url());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("database-behind-proxy",
                    Map.of("spring.datasource.url", proxy.jdbcUrl())));
            ((GenericApplicationContext) context).registerBean(CuttableTcpProxy.class, () -> proxy); // closed with the context
        }
    }

    @Autowired
    CuttableTcpProxy database;

    @Autowired
    ProcessEngine engine;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang fails the test instead of the build
    void whileTheDatabaseIsDownTheApiAnswers503AndAfterwardsItCarriesOn() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "数据库中断测试 " + System.nanoTime());
        JsonNode saved = save(filer, id, "75.00万人次").json();
        int version = saved.path("version").asInt();
        assertThat(version).isEqualTo(2);
        assertThat(health("readiness").status()).isEqualTo(200);

        database.cut();
        try {
            assertUnavailable(() -> filer.get("/api/forms?size=5"));
            assertUnavailable(() -> filer.put("/api/forms/" + id, edit(saved, "76.00万人次")));
            assertUnavailable(() -> filer.get("/api/tasks?scope=todo"));
            assertUnavailable(() -> new ApiClient(port).login("ks_head", "demo1234"));
            Response readiness = health("readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(health("liveness").status()).as("a restart would not help").isEqualTo(200);
        } finally {
            database.restore();
        }

        awaitReady();
        assertThat(filer.get("/api/forms?size=100").body()).contains("\"id\":" + id);
        JsonNode form = filer.get("/api/forms/" + id).json();
        assertThat(form.path("version").asInt()).as("saved before the cut, kept").isEqualTo(version);
        assertThat(form.path("form").path("indicators").get(1).path("actual").asText()).isEqualTo("75.00万人次");
        Response again = save(filer, id, "76.00万人次");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("version").asInt()).isEqualTo(version + 1);
        assertThat(openTask(filer, id, "draft")).isNotBlank();
        assertThat(ApiClient.loggedIn(port, "ks_head").get("/api/auth/me").status()).isEqualTo(200);

        // the job executor lived through the outage: the timers of a new form (due dates of 2020) fire
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive())
                .isTrue();
        long late = createMonitoringForm(filer, "数据库恢复后 " + System.nanoTime());
        assertThat(await(Duration.ofMinutes(3), () -> filer.get("/api/forms/" + late).json().path("overdue").asBoolean()))
                .as("form %d marked overdue by its timer", late).isTrue();
    }

    private static Response save(ApiClient filer, long id, String actual) {
        return filer.put("/api/forms/" + id, edit(filer.get("/api/forms/" + id).json(), actual));
    }

    /** The body of a PUT that changes the second indicator's actual value of the form as {@code view} shows it. */
    private static String edit(JsonNode view, String actual) {
        ObjectNode edited = view.path("form").deepCopy();
        ((ObjectNode) edited.path("indicators").get(1)).put("actual", actual);
        return "{\"version\":" + view.path("version").asInt() + ",\"form\":" + edited + "}";
    }

    private static void assertUnavailable(Supplier<Response> call) {
        Response r = call.get();
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.json().path("error").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(r.json().path("message").asText()).isEqualTo("数据库暂时不可用，请稍后重试");
        assertThat(r.raw().headers().firstValue("Retry-After")).hasValue("10");
    }

    private Response health(String probe) {
        return new ApiClient(port).get("/actuator/health/" + probe);
    }

    /** Readiness is what a load balancer waits for before sending traffic again. */
    private void awaitReady() {
        assertThat(await(Duration.ofMinutes(1), () -> health("readiness").status() == 200))
                .as("readiness UP again after the restore").isTrue();
    }

    private static boolean await(Duration atMost, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
