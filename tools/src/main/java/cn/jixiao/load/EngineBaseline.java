package cn.jixiao.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;

/**
 * The baseline: the same lifecycles, with the same concurrency, driven straight through the Camunda
 * Java API on an engine of our own — same BPMN files (from the processes module), same MariaDB server,
 * configured like the app's (history audit, strong UUIDs, READ COMMITTED, a pool of 20), with every
 * delegate a no-op and the timers due in 2100. What jixiao adds on top — HTTP, security, JSON, the
 * validation, the form rows, the inbox projection, the audit log — is the difference between the two.
 */
final class EngineBaseline implements AutoCloseable {

    static final List<String> MODELS = List.of("bpmn/performance-target.bpmn", "bpmn/performance-monitoring.bpmn",
            "bpmn/performance-evaluation.bpmn", "bpmn/review-cycle.bpmn");
    private static final List<String> DELEGATES = List.of("submitFormDelegate", "reportCheckDelegate",
            "approveFormDelegate", "returnFormDelegate", "signFormDelegate", "recallFormDelegate", "reminderDelegate",
            "overdueDelegate", "reviewReminderDelegate");

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final Population population;

    EngineBaseline(LoadOptions options, Population population) {
        this.population = population;
        recreateDatabase(options);
        dataSource = dataSource(options);
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("jixiao-load-baseline");
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate("true");
        // as application.yml: history audit, no Java serialisation, removal-time based cleanup
        cfg.setHistory("audit");
        cfg.setEnforceHistoryTimeToLive(true);
        cfg.setJavaSerializationFormatEnabled(false);
        cfg.setHistoryCleanupStrategy("removalTimeBased");
        cfg.setHistoryRemovalTimeStrategy("end");
        // as Camunda's Spring Boot starter does for the app
        cfg.setIdGenerator(new StrongUuidGenerator());
        // no timer falls due during the run, so there is nothing for a job executor to do
        cfg.setJobExecutorActivate(false);
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate nothing = execution -> { };
        DELEGATES.forEach(name -> beans.put(name, nothing));
        beans.put("deadlineCalendar", new FarFutureDeadlines());
        cfg.setBeans(beans);
        engine = cfg.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("jixiao-load-baseline");
        MODELS.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    /** {@code phase} keeps the business keys of the warm-up and the measured lifecycles apart. */
    Workers.Result run(String phase, List<Lifecycle> lifecycles, int workers, Metrics metrics) {
        return Workers.run("engine", lifecycles, workers, metrics,
                (lc, worker) -> drive(phase + "-" + lc.index(), lc, worker, metrics));
    }

    /** Process instances of this run that have not ended (0 when every lifecycle reached 已签发). */
    long unfinished() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("performance-target")
                .count();
    }

    /** The same steps, people and decisions as {@link RestLoad}, each task taken the way jixiao takes it. */
    private void drive(String businessKey, Lifecycle lc, int worker, Metrics metrics) {
        Population.Unit unit = lc.unit();
        Population.Prefecture prefecture = population.prefectureOf(unit);
        String reviewer = prefecture.reviewers().get(worker % prefecture.reviewers().size());
        String leader = prefecture.leaders().get(worker % prefecture.leaders().size());
        // the variables FormWorkflow.start sets
        Map<String, Object> variables = new HashMap<>();
        variables.put("formId", (long) lc.index());
        variables.put("formType", "TARGET");
        variables.put("filer", unit.filer());
        variables.put("unitHeadGroup", "unit-head:" + unit.orgId());
        variables.put("reviewerGroup", "reviewer:" + prefecture.orgId());
        variables.put("leaderGroup", "leader:" + prefecture.orgId());
        variables.put("dueDate", FarFutureDeadlines.FAR_FUTURE);
        variables.put("reminderDate", FarFutureDeadlines.FAR_FUTURE);
        timed(metrics, "startProcessInstanceByKey", () -> engine.getRuntimeService()
                .startProcessInstanceByKey("performance-target", businessKey, variables));

        step(metrics, businessKey, "draft", unit.filer(), Taking.ASSIGNED, "SUBMIT");
        step(metrics, businessKey, "unitReview", unit.head(), Taking.SET_ASSIGNEE, "APPROVE");
        if (lc.returned()) {
            step(metrics, businessKey, "prefectureReview", reviewer, Taking.CLAIM, "RETURN");
            step(metrics, businessKey, "correct", unit.filer(), Taking.ASSIGNED, "SUBMIT");
            // correction.viaUnitHead (default true): the correction passes 单位审核 again
            step(metrics, businessKey, "unitReview", unit.head(), Taking.SET_ASSIGNEE, "APPROVE");
        }
        step(metrics, businessKey, "prefectureReview", reviewer, Taking.CLAIM, "APPROVE");
        step(metrics, businessKey, "signOff", leader, Taking.CLAIM, "SIGN");
    }

    /** How jixiao takes a task before completing it (FormWorkflow.claim / complete). */
    private enum Taking { ASSIGNED, SET_ASSIGNEE, CLAIM }

    private void step(Metrics metrics, String businessKey, String key, String user, Taking taking, String decision) {
        TaskService tasks = engine.getTaskService();
        Task task = timed(metrics, "task query (" + key + ")", () -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult());
        if (task == null) {
            throw new IllegalStateException("no open " + key + " task for " + businessKey);
        }
        switch (taking) {
            case CLAIM -> timed(metrics, "claim (" + key + ")", () -> {
                tasks.claim(task.getId(), user);
                return null;
            });
            case SET_ASSIGNEE -> timed(metrics, "setAssignee (" + key + ")", () -> {
                tasks.setAssignee(task.getId(), user);
                return null;
            });
            case ASSIGNED -> { }
        }
        // the variables FormWorkflow.complete sets
        Map<String, Object> variables = Map.of("decision", decision, "returnTo", "REVIEWER");
        timed(metrics, "complete (" + key + " " + decision + ")", () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    private static <T> T timed(Metrics metrics, String call, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            T result = action.get();
            metrics.ok(call, System.nanoTime() - start);
            return result;
        } catch (RuntimeException e) {
            metrics.error(call, e.toString());
            throw e;
        }
    }

    private static void recreateDatabase(LoadOptions options) {
        try (Connection c = DriverManager.getConnection(options.dbServerUrl(), options.dbUser(), options.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + options.baselineDb());
            s.execute("CREATE DATABASE " + options.baselineDb() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate " + options.baselineDb() + " at " + options.dbServerUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Like the app's mysql profile: READ COMMITTED (Camunda refuses REPEATABLE READ), Hikari, 20 connections, and
     * the same Connector/J statement cache and session-state settings, so the ratio compares the work, not the driver.
     */
    private static HikariDataSource dataSource(LoadOptions options) {
        HikariConfig hikari = new HikariConfig();
        String server = options.dbServerUrl().endsWith("/") ? options.dbServerUrl() : options.dbServerUrl() + "/";
        hikari.setJdbcUrl(server + options.baselineDb() + "?useUnicode=true&characterEncoding=utf8"
                + "&sendFractionalSeconds=false&serverTimezone=Asia/Shanghai&nullDatabaseMeansCurrent=true"
                + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096"
                + "&useLocalSessionState=true&cacheServerConfiguration=true");
        hikari.setUsername(options.dbUser());
        hikari.setPassword(options.dbPassword());
        hikari.setMaximumPoolSize(20);
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hikari.setPoolName("baseline");
        return new HikariDataSource(hikari);
    }

    static String mariadbVersion(LoadOptions options) {
        try (Connection c = DriverManager.getConnection(options.dbServerUrl(), options.dbUser(), options.dbPassword());
             Statement s = c.createStatement(); var rs = s.executeQuery("SELECT VERSION()")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
