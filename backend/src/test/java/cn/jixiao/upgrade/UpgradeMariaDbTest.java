package cn.jixiao.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.JixiaoApplication;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.MariaDbTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The upgrade from the previous releases (the developers' guide: every schema or role change keeps the data and the
 * running processes of the release before). {@code upgrade/release-N.sql.gz} is the database of an old release
 * filled over its API with forms in every state (tools/upgrade-dump.sh makes it). It is loaded into a scratch
 * database, the current application starts on it — Flyway migrates — and then: the old {@code admin} is a
 * SYSTEM_ADMIN and logs in, every form keeps its status, version, document and history, every rectification and
 * campaign its status, and every open task is in the right inbox and is completed to SIGNED (a rectification to
 * ACCEPTED) by the right roles on the process definitions it started on — a review cycle on the newest one.
 */
@Tag("mariadb")
class UpgradeMariaDbTest {

    /** Release 75070ce, the last before the 等保 work (Flyway V7). */
    @Nested
    class FromRelease1 extends Upgrade {
        FromRelease1() {
            super("upgrade/release-1.sql.gz");
        }
    }

    /** Release dc467bc, with rectifications, campaigns and collaboration (Flyway V36). */
    @Nested
    class FromRelease2 extends Upgrade {
        FromRelease2() {
            super("upgrade/release-2.sql.gz");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Upgrade {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final String dump;
        private JdbcTemplate db;
        private ConfigurableApplicationContext app;
        private int port;
        private final Map<Long, String> statusBefore = new HashMap<>();
        private final Map<Long, Integer> versionBefore = new HashMap<>();
        private final Map<Long, Integer> historyBefore = new HashMap<>();
        private final Map<String, String> definitionBefore = new HashMap<>();
        private final Map<Long, String> documentBefore = new HashMap<>();
        private final Map<Long, String> rectificationBefore = new HashMap<>();
        private final Map<Long, String> campaignBefore = new HashMap<>();

        Upgrade(String dump) {
            this.dump = dump;
        }

        @BeforeAll
        void loadTheOldReleaseAndStartThisOne() throws Exception {
            String name = MariaDbTestDatabase.name() + "_upgrade";
            MariaDbTestDatabase.recreate(name);
            String url = MariaDbTestDatabase.url(name);
            db = new JdbcTemplate(
                    new DriverManagerDataSource(url, MariaDbTestDatabase.user(), MariaDbTestDatabase.password()));
            load(db, dump);
            db.query("SELECT id, status, version, document FROM form", rs -> {
                statusBefore.put(rs.getLong(1), rs.getString(2));
                versionBefore.put(rs.getLong(1), rs.getInt(3));
                documentBefore.put(rs.getLong(1), rs.getString(4));
            });
            if (hasTable("rectification")) {
                db.query("SELECT id, status FROM rectification",
                        rs -> { rectificationBefore.put(rs.getLong(1), rs.getString(2)); });
                db.query("SELECT id, status FROM campaign",
                        rs -> { campaignBefore.put(rs.getLong(1), rs.getString(2)); });
            }
            db.query("SELECT form_id, COUNT(*) FROM form_history GROUP BY form_id",
                    rs -> { historyBefore.put(rs.getLong(1), rs.getInt(2)); });
            db.query("SELECT PROC_INST_ID_, PROC_DEF_ID_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL",
                    rs -> { definitionBefore.put(rs.getString(1), rs.getString(2)); });
            assertThat(statusBefore.values()).contains("DRAFT", "UNIT_REVIEW", "PREFECTURE_REVIEW", "SIGN_OFF",
                    "SIGNED", "RETURNED");

            app = new SpringApplicationBuilder(JixiaoApplication.class).profiles("test", "mysql", "demo")
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                            "--spring.datasource.password=" + MariaDbTestDatabase.password(), "--server.port=0",
                            // Camunda registers its engines by name in a JVM-wide registry: under the name of the
                            // suite's engines ("default") closing this one would unregister theirs
                            "--camunda.bpm.process-engine-name=upgrade", "--camunda.bpm.webapp.enabled=false");
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
        }

        private boolean hasTable(String table) {
            return db.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name = ?", Integer.class, table) > 0;
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
        }

        /** A mysqldump, statement by statement, with the session settings its version comments would have made. */
        static void load(JdbcTemplate db, String resource) throws IOException, SQLException {
            byte[] sql;
            try (InputStream in = new GZIPInputStream(new ClassPathResource(resource).getInputStream())) {
                sql = in.readAllBytes();
            }
            try (Connection c = db.getDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET NAMES utf8mb4");
                s.execute("SET time_zone = '+00:00'"); // mysqldump writes TIMESTAMPs in UTC
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                s.execute("SET UNIQUE_CHECKS = 0");
                s.execute("SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO'");
                ScriptUtils.executeSqlScript(c, new org.springframework.core.io.support.EncodedResource(
                        new ByteArrayResource(sql), StandardCharsets.UTF_8));
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }

        @Test
        @Order(1)
        void theOldAdminIsASystemAdministratorAndLogsIn() {
            ApiClient admin = ApiClient.loggedIn(ApiClient.baseUrl(port), "admin");

            assertThat(admin.get("/api/auth/me").json().path("roles").toString()).isEqualTo("[\"SYSTEM_ADMIN\"]");
            assertThat(admin.get("/api/admin/orgs").status()).isEqualTo(200);
            assertThat(admin.get("/api/admin/consistency").status()).isEqualTo(200);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM app_user_role WHERE role = 'ADMIN'", Integer.class))
                    .isZero();
        }

        @Test
        @Order(2)
        void everyFormKeepsItsStatusVersionsDocumentAndHistoryAndEveryRectificationAndCampaignItsStatus()
                throws IOException {
            ApiClient filer = ApiClient.loggedIn(ApiClient.baseUrl(port), "ks_filer");
            Map<Long, String> documentAfter = new HashMap<>();
            db.query("SELECT id, document FROM form", rs -> { documentAfter.put(rs.getLong(1), rs.getString(2)); });
            assertThat(documentAfter).isEqualTo(documentBefore);
            for (long id : statusBefore.keySet()) {
                JsonNode form = filer.get("/api/forms/" + id).json();
                assertThat(form.path("status").asText()).as("form " + id).isEqualTo(statusBefore.get(id));
                assertThat(form.path("version").asInt()).as("form " + id).isEqualTo(versionBefore.get(id));
                assertThat(form.path("form").path("project").asText()).as("form " + id)
                        .isEqualTo(JSON.readTree(documentBefore.get(id)).path("project").asText());
                assertThat(filer.get("/api/forms/" + id + "/history").json().size()).as("history of form " + id)
                        .isEqualTo(historyBefore.getOrDefault(id, 0));
            }
            rectificationBefore.forEach((id, status) -> assertThat(filer.get("/api/rectifications/" + id).json()
                    .path("status").asText()).as("rectification " + id).isEqualTo(status));
            ApiClient reviewer = ApiClient.loggedIn(ApiClient.baseUrl(port), "ks_reviewer");
            campaignBefore.forEach((id, status) -> assertThat(reviewer.get("/api/campaigns/" + id).json()
                    .path("status").asText()).as("campaign " + id).isEqualTo(status));
            ApiClient auditor = ApiClient.loggedIn(ApiClient.baseUrl(port), "auditor");
            assertThat(auditor.get("/api/admin/audit?action=LOGIN").json().path("total").asLong()).isPositive();
        }

        @Test
        @Order(3)
        void everyOpenTaskIsInTheRightInboxAndGoesOnToSignedOnItsOldProcessDefinition() {
            String base = ApiClient.baseUrl(port);
            ApiClient filer = ApiClient.loggedIn(base, "ks_filer");
            ApiClient head = ApiClient.loggedIn(base, "ks_head");
            ApiClient reviewer = ApiClient.loggedIn(base, "ks_reviewer");
            ApiClient leader = ApiClient.loggedIn(base, "ks_leader");
            for (long id : statusBefore.keySet()) {
                for (int step = 0; step < 8 && !"SIGNED".equals(status(filer, id)); step++) {
                    Response done = switch (status(filer, id)) {
                        case "DRAFT" -> FormActions.submit(filer, id, "draft");
                        case "RETURNED" -> FormActions.submit(filer, id, "correct");
                        case "UNIT_REVIEW" -> head.post(task(head, id, "unitReview"), "{\"decision\":\"APPROVE\"}");
                        case "PREFECTURE_REVIEW" -> reviewer.post(claimed(reviewer, id), "{\"decision\":\"APPROVE\"}");
                        case "SIGN_OFF" -> leader.post(task(leader, id, "signOff"), "{\"decision\":\"SIGN\"}");
                        default -> throw new AssertionError("form " + id + " in " + status(filer, id));
                    };
                    assertThat(done.status()).as("form " + id + ": " + done.body()).isEqualTo(200);
                }
                assertThat(status(filer, id)).as("form " + id).isEqualTo("SIGNED");
            }
            for (long id : statusBefore.keySet()) {
                for (JsonNode rectification : filer.get("/api/forms/" + id + "/rectifications").json()) {
                    long rid = rectification.path("id").asLong();
                    for (int step = 0; step < 4 && !"ACCEPTED".equals(rectification(filer, rid)); step++) {
                        Response done = switch (rectification(filer, rid)) {
                            case "OPEN" -> filer.post(task(filer, id, "rectify"), "{\"decision\":\"SUBMIT\"}");
                            case "SUBMITTED" -> hasTask(head, id, "rectifyReview")
                                    ? head.post(task(head, id, "rectifyReview"), "{\"decision\":\"APPROVE\"}")
                                    : reviewer.post(task(reviewer, id, "rectifyVerify"), "{\"decision\":\"ACCEPT\"}");
                            default -> throw new AssertionError(
                                    "rectification " + rid + " in " + rectification(filer, rid));
                        };
                        assertThat(done.status()).as("rectification " + rid + ": " + done.body()).isEqualTo(200);
                    }
                    assertThat(rectification(filer, rid)).as("rectification " + rid).isEqualTo("ACCEPTED");
                }
            }
            // the main processes that were running went on under the definitions they had started with; their review
            // cycles were moved onto the newest cycle at start-up (ReviewCycleMigration)
            String newestCycle = db.queryForObject("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'review-cycle' AND "
                    + "VERSION_ = (SELECT MAX(VERSION_) FROM ACT_RE_PROCDEF WHERE KEY_ = 'review-cycle')",
                    String.class);
            // (the old release's cycles ran on an older model, e.g. without collab17's return to the unit head)
            assertThat(definitionBefore.values()).filteredOn(definition -> definition.startsWith("review-cycle:"))
                    .isNotEmpty().doesNotContain(newestCycle);
            definitionBefore.forEach((instance, definition) -> assertThat(db.queryForObject(
                    "SELECT PROC_DEF_ID_ FROM ACT_HI_PROCINST WHERE ID_ = ?", String.class, instance))
                    .isEqualTo(definition.startsWith("review-cycle:") ? newestCycle : definition));
            assertThat(db.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION", Integer.class)).isZero();
        }

        private static String status(ApiClient user, long id) {
            return user.get("/api/forms/" + id).json().path("status").asText();
        }

        private static String rectification(ApiClient user, long id) {
            return user.get("/api/rectifications/" + id).json().path("status").asText();
        }

        private static boolean hasTask(ApiClient user, long id, String key) {
            for (JsonNode item : user.get("/api/tasks?scope=todo&size=200").json().path("items")) {
                if (item.path("formId").asLong() == id && item.path("key").asText().equals(key)) {
                    return true;
                }
            }
            return false;
        }

        private static String task(ApiClient user, long id, String key) {
            return "/api/tasks/" + FormActions.openTask(user, id, key) + "/complete";
        }

        /** The reviewer's task, claimed first unless the old release had it claimed by the reviewer already. */
        private static String claimed(ApiClient reviewer, long id) {
            for (JsonNode item : reviewer.get("/api/tasks?scope=todo&size=200").json().path("items")) {
                if (item.path("formId").asLong() == id) {
                    if (item.path("assignee").isNull() || item.path("assignee").asText().isEmpty()) {
                        String claim = "/api/tasks/" + item.path("taskId").asText() + "/claim";
                        assertThat(reviewer.post(claim, "{}").status()).isEqualTo(200);
                    } else {
                        assertThat(item.path("assignee").asText()).isEqualTo("ks_reviewer");
                    }
                    return "/api/tasks/" + item.path("taskId").asText() + "/complete";
                }
            }
            throw new AssertionError("form " + id + " is not in the reviewer's inbox");
        }
    }
}
