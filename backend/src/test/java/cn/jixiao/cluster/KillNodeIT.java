package cn.jixiao.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.cluster.FilingLoad.Unit;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of a node in the middle of a load: filers and unit heads create, submit and approve forms
 * on two nodes; node A is killed while requests are in flight on it, the load goes on against B (users
 * do again on B what got no answer on A), A is started again and takes its share of the load once more.
 * Afterwards everything the API acknowledged is stored exactly once, every form has one process
 * tree with the open task its status says, and the ADMIN consistency check finds nothing.
 * Database: JIXIAO_TEST_DB_NAME + "_kill", recreated.
 *
 * <p>The forms are filed for {@link FormActions#FUTURE_YEAR}: a 2020 form's reminder and overdue
 * timers are due at once, and on MariaDB their jobs can deadlock with a concurrent submission (a 409
 * that has nothing to do with the kill).
 */
@Tag("mariadb")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillNodeIT {

    private static final List<Unit> UNITS = List.of(new Unit("ks_filer", "ks_head"), new Unit("ksyb_filer", "ksyb_head"),
            new Unit("kssi_filer", "kssi_head"), new Unit("ksyb2_filer", "ksyb2_head"), new Unit("ksrs_filer", "ksrs_head"));
    private static final int WORKERS = 8;
    private static final int SUBMISSIONS_BEFORE_KILL = 30;
    /** Steps in flight on node A when it is killed: some cut mid-request, perhaps after their commit. */
    private static final int IN_FLIGHT_AT_KILL = 3;
    private static final int ACKNOWLEDGED_ON_A_AFTER_RESTART = 20;
    /** How long the load balancer keeps sending to a dead node before its health check takes it out. */
    private static final Duration HEALTH_CHECK_DELAY = Duration.ofSeconds(1);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(3);
    private static final Map<String, String> TASK_OF_STATUS = Map.of("DRAFT", "draft", "UNIT_REVIEW", "unitReview",
            "PREFECTURE_REVIEW", "prefectureReview");

    private NodeProcess a;
    private NodeProcess b;
    private JdbcTemplate db;

    @BeforeAll
    void startTwoNodes() {
        NodeProcess.Database database = NodeProcess.Database.fresh("_kill");
        db = database.jdbc();
        List<Integer> ports = NodeProcess.freePorts(2);
        a = new NodeProcess("kill-a", ports.get(0), database);
        b = new NodeProcess("kill-b", ports.get(1), database);
        a.start(); // first alone: it migrates the empty database
        b.start();
        // One draft per unit before the load: every form of the load then carries the same two
        // DUPLICATE_AMOUNTS_ACROSS_PROJECTS warnings (all use the same table) from its creation on, so the
        // warnings a filer acknowledges are those the server finds, however the workers interleave.
        for (Unit unit : UNITS) {
            FormActions.create(ApiClient.loggedIn(a.baseUrl(), unit.filer()),
                    FormActions.futureMonitoringDocument("种子 " + unit.filer()));
        }
    }

    @AfterAll
    void stopNodes() {
        NodeProcess.stopAll(a, b);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void whatTheApiAcknowledgedSurvivesAKillMidLoad() {
        RoundRobin nginx = new RoundRobin(a, b);
        FilingLoad load = new FilingLoad(nginx, UNITS, WORKERS);
        Ledger ledger = load.ledger();
        Instant loadStarted = Instant.now();
        int inFlightOnA;
        int unansweredWhileADown;
        Duration restart;
        load.start();
        try {
            await(ledger, SUBMISSIONS_BEFORE_KILL + " acknowledged submissions",
                    () -> ledger.submitted().size() >= SUBMISSIONS_BEFORE_KILL);
            await(ledger, IN_FLIGHT_AT_KILL + " steps in flight on node a", () -> nginx.inFlight(a) >= IN_FLIGHT_AT_KILL);
            inFlightOnA = nginx.inFlight(a);
            a.kill();
            System.out.printf("KILL node a killed (SIGKILL) after %d s of load, %d steps in flight on it, %d submissions acknowledged%n",
                    Duration.between(loadStarted, Instant.now()).toSeconds(), inFlightOnA, ledger.submitted().size());
            sleep(HEALTH_CHECK_DELAY);
            nginx.takeOut(a);

            Instant restarting = Instant.now();
            a.start();
            restart = Duration.between(restarting, Instant.now());
            unansweredWhileADown = ledger.unansweredTotal();
            int acknowledgedOnA = ledger.acknowledgedOn(a);
            nginx.putBack(a);
            System.out.printf("KILL node a ready again after %d s (start under load on the same port); "
                    + "%d requests unanswered meanwhile%n", restart.toSeconds(), unansweredWhileADown);
            await(ledger, ACKNOWLEDGED_ON_A_AFTER_RESTART + " steps acknowledged by the restarted node a",
                    () -> ledger.acknowledgedOn(a) >= acknowledgedOnA + ACKNOWLEDGED_ON_A_AFTER_RESTART);
        } finally {
            load.stop();
        }
        System.out.printf("KILL load of %d workers ran %d s%n%s%n", WORKERS,
                Duration.between(loadStarted, Instant.now()).toSeconds(), ledger.summary());

        assertThat(a.isReady() && b.isReady()).as("both nodes ready after the load").isTrue();
        assertThat(ledger.unexpectedAnswers()).as("answers other than the expected ones or none").isEmpty();
        assertThat(unansweredWhileADown).as("requests the kill left unanswered").isPositive();
        assertEveryAcknowledgedCreateStoredOnce(ledger);
        assertProcessesMatchTheForms(ledger);
        assertConsistencyCheckFindsNothing();
    }

    private void assertEveryAcknowledgedCreateStoredOnce(Ledger ledger) {
        Map<String, List<Long>> stored = new HashMap<>();
        db.query("SELECT project, id FROM form WHERE form_year = ? ORDER BY id", rs -> {
            stored.computeIfAbsent(rs.getString(1), p -> new ArrayList<>()).add(rs.getLong(2));
        }, FormActions.FUTURE_YEAR);
        List<String> problems = new ArrayList<>();
        ledger.created().forEach((project, id) -> {
            if (!List.of(id).equals(stored.get(project))) {
                problems.add("《" + project + "》 created as form " + id + ", stored as " + stored.get(project));
            }
        });
        ledger.projects().forEach((project, id) -> {
            if (stored.getOrDefault(project, List.of()).size() != 1) {
                problems.add("《" + project + "》 stored as " + stored.get(project));
            }
        });
        assertThat(problems).as("forms per project name").isEmpty();
        assertThat(ledger.created()).hasSizeGreaterThan(SUBMISSIONS_BEFORE_KILL);
    }

    /** One row per form of the test: its status and what the engine and the inbox hold for it. */
    private record FormState(long id, String status, String processInstance, String roots, int stray,
                             String engineTasks, String inboxTasks, int inboxRowsWithTask) {
    }

    private void assertProcessesMatchTheForms(Ledger ledger) {
        Map<Long, FormState> forms = new HashMap<>();
        // a form's process tree: its root instance (business key = form id, no super execution) and the
        // review-cycle instance it calls, which carries the same business key
        db.query("SELECT f.id, f.status, f.process_instance_id,"
                + " (SELECT GROUP_CONCAT(e.ID_) FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = CONCAT(f.id, '')"
                + "    AND e.ID_ = e.PROC_INST_ID_ AND e.SUPER_EXEC_ IS NULL) AS roots,"
                + " (SELECT COUNT(*) FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = CONCAT(f.id, '')"
                + "    AND e.ID_ = e.PROC_INST_ID_ AND e.ROOT_PROC_INST_ID_ <> f.process_instance_id) AS stray,"
                + " (SELECT GROUP_CONCAT(t.TASK_DEF_KEY_) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p"
                + "    ON p.ID_ = t.PROC_INST_ID_ WHERE p.ROOT_PROC_INST_ID_ = f.process_instance_id) AS engine_tasks,"
                + " (SELECT GROUP_CONCAT(i.task_key) FROM inbox_task i WHERE i.form_id = f.id) AS inbox_tasks,"
                + " (SELECT COUNT(*) FROM inbox_task i JOIN ACT_RU_TASK t ON t.ID_ = i.task_id"
                + "    WHERE i.form_id = f.id) AS inbox_rows_with_task"
                + " FROM form f WHERE f.form_year = ?", rs -> {
                    FormState f = new FormState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getInt(8));
                    forms.put(f.id(), f);
                }, FormActions.FUTURE_YEAR);

        List<String> problems = new ArrayList<>();
        for (FormState f : forms.values()) {
            String task = TASK_OF_STATUS.get(f.status());
            if (f.processInstance() == null || !f.processInstance().equals(f.roots()) || f.stray() != 0) {
                problems.add(f + ": not exactly one process tree, the form's");
            }
            if (task == null || !task.equals(f.engineTasks()) || !task.equals(f.inboxTasks()) || f.inboxRowsWithTask() != 1) {
                problems.add(f + ": not exactly one open task, " + task);
            }
        }
        ledger.submitted().forEach(id -> {
            String status = forms.containsKey(id) ? forms.get(id).status() : null;
            if (!"UNIT_REVIEW".equals(status) && !"PREFECTURE_REVIEW".equals(status)) {
                problems.add("form " + id + " submitted (200) but " + status);
            }
        });
        ledger.approved().forEach(id -> {
            if (!forms.containsKey(id) || !"PREFECTURE_REVIEW".equals(forms.get(id).status())) {
                problems.add("form " + id + " approved (200) but " + forms.get(id));
            }
        });
        ledger.expectedStatus().forEach((id, status) -> {
            if (!forms.containsKey(id) || !Objects.equals(status, forms.get(id).status())) {
                problems.add("form " + id + " left at " + status + " by its users but " + forms.get(id));
            }
        });
        System.out.printf("KILL %d forms checked against the engine and the inbox%n", forms.size());
        assertThat(problems).as("forms against their processes and tasks").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM (SELECT form_id FROM inbox_task GROUP BY form_id HAVING COUNT(*) > 1) x"))
                .as("forms with more than one open task").isZero();
    }

    private void assertConsistencyCheckFindsNothing() {
        Response report = ApiClient.loggedIn(b.baseUrl(), "admin").get("/api/admin/consistency");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("consistent").asBoolean()).as(report.json().toPrettyString()).isTrue();
        System.out.println("KILL consistency check: consistent");
    }

    /** Waits while the load runs; fails with what the load did so far if it takes too long. */
    private void await(Ledger ledger, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(LOAD_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + LOAD_TIMEOUT.toSeconds() + " s\n" + ledger.summary()
                        + "\n" + ledger.unexpectedAnswers() + "\nnode a:\n" + a.logTail(30) + "\nnode b:\n" + b.logTail(30));
            }
            sleep(Duration.ofMillis(5));
        }
    }

    private int count(String sql) {
        return db.queryForObject(sql, Integer.class);
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
