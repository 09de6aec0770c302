package cn.jixiao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged jar on one MariaDB database, as behind a load balancer without sticky
 * sessions: a login and its CSRF token work on either node, a task started on one is completed on the
 * other, a timer fires once though two job executors poll the same table, and starting the same jar
 * again deploys no second version of the processes. Database: JIXIAO_TEST_DB_NAME + "_nodes", recreated.
 */
@Tag("mariadb")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int REMINDER_FORMS = 20;
    private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(3);

    private NodeProcess a;
    private NodeProcess b;
    private JdbcTemplate db;
    private int deploymentsAfterFirstNode;

    @BeforeAll
    void startTwoNodes() {
        NodeProcess.Database database = NodeProcess.Database.fresh("_nodes");
        db = database.jdbc();
        List<Integer> ports = NodeProcess.freePorts(2);
        // The job executors' lines name the jobs each node acquires. A shorter idle back-off than
        // production's 60 s only keeps the test from waiting a minute for the next poll.
        String[] jobLogging = {"--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG",
                "--camunda.bpm.job-execution.max-wait=5000"};
        a = new NodeProcess("a", ports.get(0), database, jobLogging);
        b = new NodeProcess("b", ports.get(1), database, jobLogging);
        // one after the other: the first node migrates an empty database (Flyway, Camunda's schema)
        a.start();
        deploymentsAfterFirstNode = count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT");
        b.start();
    }

    @AfterAll
    void stopNodes() {
        NodeProcess.stopAll(a, b);
    }

    @Test
    @Order(1)
    void aLoginOnOneNodeIsALoginOnTheOther() {
        ApiClient onA = ApiClient.loggedIn(a.baseUrl(), "ks_filer");
        ApiClient onB = onA.at(b.baseUrl());

        assertThat(onB.get("/api/auth/me").json().path("username").asText()).isEqualTo("ks_filer");
        // a state-changing request on B: session and CSRF token from the login on A
        long id = FormActions.create(onB, FormActions.futureMonitoringDocument("会话共享 " + System.nanoTime()));
        assertThat(onA.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("DRAFT");

        assertThat(onB.post("/api/auth/logout", "{}").status()).isEqualTo(204);
        assertThat(onA.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theCamundaConsoleLoginIsSharedToo() {
        ApiClient adminOnA = ApiClient.loggedIn(a.baseUrl(), "admin");
        assertThat(adminOnA.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);

        Response user = adminOnA.at(b.baseUrl()).get("/camunda/api/admin/auth/user/default");

        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().path("userId").asText()).isEqualTo("admin");
    }

    @Test
    @Order(3)
    void aTaskStartedOnOneNodeIsCompletedOnTheOther() {
        ApiClient filer = ApiClient.loggedIn(a.baseUrl(), "ks_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("跨节点审批 " + System.nanoTime()));
        Response submitted = FormActions.submit(filer, id, "draft");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        ApiClient head = ApiClient.loggedIn(a.baseUrl(), "ks_head");
        assertThat(head.post("/api/tasks/" + FormActions.openTask(head, id, "unitReview") + "/complete",
                "{\"decision\":\"APPROVE\"}").json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");

        ApiClient reviewer = ApiClient.loggedIn(b.baseUrl(), "ks_reviewer");
        String task = FormActions.openTask(reviewer, id, "prefectureReview");
        assertThat(reviewer.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
        Response approved = reviewer.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("SIGN_OFF");
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("SIGN_OFF");
        List<String> history = new ArrayList<>();
        filer.get("/api/forms/" + id + "/history").json()
                .forEach(h -> history.add(h.path("action").asText() + " " + h.path("actor").asText()));
        assertThat(history).containsExactly("CREATE ks_filer", "SUBMIT ks_filer", "APPROVE ks_head", "APPROVE ks_reviewer");
        ApiClient leader = ApiClient.loggedIn(a.baseUrl(), "ks_leader");
        assertThat(FormActions.openTask(leader, id, "signOff")).isNotBlank();
    }

    @Test
    @Order(4)
    void aReminderTimerFiresOnceThoughBothNodesPollTheJobTable() {
        ApiClient filer = ApiClient.loggedIn(a.baseUrl(), "ksyb_filer");
        List<Long> forms = new ArrayList<>();
        for (int i = 0; i < REMINDER_FORMS; i++) {
            ApiClient node = (i % 2 == 0 ? filer : filer.at(b.baseUrl()));
            forms.add(FormActions.create(node, FormActions.futureMonitoringDocument("提醒 " + i + " " + System.nanoTime())));
        }
        String inForms = forms.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<String, Long> reminderJobs = new LinkedHashMap<>(); // job id -> form id
        db.query("SELECT j.ID_, f.id FROM form f JOIN ACT_RU_JOB j ON j.PROCESS_INSTANCE_ID_ = f.process_instance_id "
                + "JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = 'Timer_DraftReminder' AND f.id IN ("
                + inForms + ")", rs -> {
                    reminderJobs.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(reminderJobs).hasSize(REMINDER_FORMS);
        String inJobs = reminderJobs.keySet().stream().map(j -> "'" + j + "'").collect(Collectors.joining(","));
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN (" + inJobs + ") AND DUEDATE_ > ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(365))))).isEqualTo(REMINDER_FORMS);
        int logA = a.logText().length();
        int logB = b.logText().length();

        // The reminders are due three days before 2099-10-10. Waiting is no option and the nodes' clocks
        // are their own, so the timers are made due by hand, the way the engine stores a due time.
        db.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ IN (" + inJobs + ")",
                Timestamp.from(Instant.now().minusSeconds(60)));
        awaitJobsGone(inJobs);

        Map<Long, Integer> reminders = countByForm("SELECT form_id, COUNT(*) FROM notification "
                + "WHERE kind = 'REMINDER' AND form_id IN (" + inForms + ") GROUP BY form_id");
        assertThat(reminders).hasSize(REMINDER_FORMS).allSatisfy((form, n) -> assertThat(n).as("form " + form).isOne());
        // the engine's own record: the reminder task ran once per process, not twice with one notice
        Map<Long, Integer> runs = countByForm("SELECT f.id, COUNT(*) FROM form f JOIN ACT_HI_ACTINST h "
                + "ON h.PROC_INST_ID_ = f.process_instance_id WHERE h.ACT_ID_ = 'Task_DraftReminder' AND f.id IN ("
                + inForms + ") GROUP BY f.id");
        assertThat(runs).hasSize(REMINDER_FORMS).allSatisfy((form, n) -> assertThat(n).as("form " + form).isOne());
        assertThat(count("SELECT COUNT(*) FROM notification WHERE kind = 'OVERDUE' AND form_id IN (" + inForms + ")"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL OR EXCEPTION_STACK_ID_ IS NOT NULL"))
                .as("failed jobs").isZero();

        // both job executors started and poll the job table; between them they acquired every reminder
        Map<NodeProcess, Integer> logSince = Map.of(a, logA, b, logB);
        Set<String> acquired = new HashSet<>();
        for (NodeProcess node : List.of(a, b)) {
            assertThat(node.logText()).as("node " + node.name()).contains("ENGINE-14014 Starting up the JobExecutor");
            String since = awaitLog(node, logSince.get(node), "ENGINE-14022 Acquired");
            List<String> mine = acquiredJobs(since, reminderJobs.keySet());
            System.out.printf("node %s acquired %d of the %d reminder jobs%n", node.name(), mine.size(), REMINDER_FORMS);
            acquired.addAll(mine);
        }
        assertThat(acquired).isEqualTo(reminderJobs.keySet());
    }

    @Test
    @Order(5)
    void startingTheSameJarAgainDeploysNoSecondVersion() {
        assertOneVersionPerProcess();
        assertThat(count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT")).isEqualTo(deploymentsAfterFirstNode);
        ApiClient reviewer = ApiClient.loggedIn(b.baseUrl(), "ks_reviewer");

        b.stop();
        b.start();

        assertOneVersionPerProcess();
        assertThat(count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT")).isEqualTo(deploymentsAfterFirstNode);
        assertThat(reviewer.get("/api/auth/me").json().path("username").asText())
                .as("a session outlives the restart of a node").isEqualTo("ks_reviewer");
    }

    @Test
    @Order(6)
    void theAuditChainStaysIntactWithBothNodesWritingAndSealing() {
        // both nodes write audit rows at once (logins, form actions) while both sealers run every few seconds
        for (int i = 0; i < 10; i++) {
            ApiClient filer = ApiClient.loggedIn((i % 2 == 0 ? a : b).baseUrl(), "ks_filer");
            FormActions.create(filer.at((i % 2 == 0 ? b : a).baseUrl()),
                    FormActions.futureMonitoringDocument("审计链 " + i + " " + System.nanoTime()));
        }
        ApiClient auditor = ApiClient.loggedIn(a.baseUrl(), "auditor");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Response verdict = auditor.get("/api/admin/audit/verify");
        while (verdict.json().path("pending").asLong() > 0 && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofSeconds(1));
            verdict = auditor.at(b.baseUrl()).get("/api/admin/audit/verify");
        }
        assertThat(verdict.json().path("intact").asBoolean()).as(verdict.body()).isTrue();
        assertThat(verdict.json().path("pending").asLong()).as(verdict.body()).isZero();
        assertThat(count("SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM audit_chain")).isZero();
    }

    @Test
    @Order(7)
    void anAccountChangedOnOneNodeAppliesOnTheOtherWithinSeconds() {
        // each node keeps the accounts it has read until the account counter moves (read once a second)
        ApiClient admin = ApiClient.loggedIn(a.baseUrl(), "admin");
        String username = "two_nodes_" + System.nanoTime();
        Long orgId = db.queryForObject("SELECT org_id FROM app_user WHERE username = 'ks_filer'", Long.class);
        Response created = admin.post("/api/admin/users", "{\"username\":\"" + username + "\",\"displayName\":\"两节点\","
                + "\"orgId\":" + orgId + ",\"roles\":[\"FILER\"],\"password\":\"Xinjiang-2026!\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        ApiClient onB = new ApiClient(b.baseUrl());
        assertThat(onB.login(username, "Xinjiang-2026!").status()).isEqualTo(200);
        assertThat(onB.get("/api/auth/me").json().path("roles").toString()).contains("FILER");

        assertThat(admin.put("/api/admin/users/" + id, "{\"roles\":[\"UNIT_HEAD\"]}").status()).isEqualTo(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!onB.get("/api/auth/me").json().path("roles").toString().contains("UNIT_HEAD")
                && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
        assertThat(onB.get("/api/auth/me").json().path("roles").toString()).contains("UNIT_HEAD").doesNotContain("FILER");

        assertThat(admin.put("/api/admin/users/" + id, "{\"active\":false}").status()).isEqualTo(200);
        deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (onB.get("/api/auth/me").status() == 200 && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
        assertThat(onB.get("/api/auth/me").status()).isEqualTo(401);
    }

    private void assertOneVersionPerProcess() {
        Map<String, Integer> versions = new HashMap<>();
        db.query("SELECT KEY_, COUNT(*) FROM ACT_RE_PROCDEF GROUP BY KEY_", rs -> {
            versions.put(rs.getString(1), rs.getInt(2));
        });
        assertThat(versions).containsOnlyKeys("performance-target", "performance-monitoring",
                "performance-evaluation", "review-cycle", "rectification");
        assertThat(versions).allSatisfy((key, n) -> assertThat(n).as(key).isOne());
    }

    /** Waits until the jobs have run (a fired timer's job is deleted); fails at once on a failed one. */
    private void awaitJobsGone(String inJobs) {
        Instant deadline = Instant.now().plus(JOBS_TIMEOUT);
        while (count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN (" + inJobs + ")") > 0) {
            List<String> failed = db.queryForList("SELECT EXCEPTION_MSG_ FROM ACT_RU_JOB WHERE ID_ IN (" + inJobs
                    + ") AND EXCEPTION_MSG_ IS NOT NULL", String.class);
            assertThat(failed).as("failed reminder jobs").isEmpty();
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("reminder jobs still waiting after " + JOBS_TIMEOUT.toSeconds() + " s; node a:\n"
                        + a.logTail(30) + "\nnode b:\n" + b.logTail(30));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** The node's log from {@code offset} on, once it contains {@code text}: the poll after the jobs were made due. */
    private static String awaitLog(NodeProcess node, int offset, String text) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String since = node.logText().substring(offset);
        while (!since.contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("node " + node.name() + " logged no \"" + text + "\" in 60 s:\n" + node.logTail(30));
            }
            sleep(Duration.ofMillis(500));
            since = node.logText().substring(offset);
        }
        return since;
    }

    /** Ids among {@code jobs} named in the log's "ENGINE-14022 Acquired n jobs ...: [[id, id], [id]]" lines. */
    private static List<String> acquiredJobs(String log, Set<String> jobs) {
        List<String> acquired = new ArrayList<>();
        Matcher line = Pattern.compile("ENGINE-14022 Acquired \\d+ jobs for process engine '[^']*': (.*)").matcher(log);
        while (line.find()) {
            for (String id : line.group(1).replaceAll("[\\[\\]]", " ").split("[ ,]+")) {
                if (jobs.contains(id)) {
                    acquired.add(id);
                }
            }
        }
        return acquired;
    }

    private Map<Long, Integer> countByForm(String sql) {
        Map<Long, Integer> counts = new HashMap<>();
        db.query(sql, rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return Collections.unmodifiableMap(counts);
    }

    private int count(String sql, Object... args) {
        return db.queryForObject(sql, Integer.class, args);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
