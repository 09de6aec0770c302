package cn.jixiao.tools;

import cn.jixiao.document.Fund;
import cn.jixiao.form.FormStatus;
import cn.jixiao.workflow.TaskKey;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a province's worth of history for the inbox benchmark (docs/benchmarks.md):
 * 100 counties with a social-insurance unit each, spread over the demo prefectures, and
 * {@code --jixiao.generate.forms} forms whose tasks are done (five each), plus
 * {@code --jixiao.generate.open-tasks} open tasks. Runs only with the profile {@code generate}, then exits.
 * It writes the form and inbox tables directly: historic forms need no running process instance.
 */
@Component
@Profile("generate")
public class InboxDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InboxDataGenerator.class);
    /** The tasks in the order a form meets them; the last is the filer's correction after a return. */
    private static final TaskKey[] TASKS = {TaskKey.DRAFT, TaskKey.UNIT_REVIEW, TaskKey.PREFECTURE_REVIEW,
            TaskKey.SIGN_OFF, TaskKey.CORRECT};
    private static final String[] FUNDS = Arrays.stream(Fund.values()).filter(f -> f != Fund.ALL).map(Enum::name)
            .toArray(String[]::new);
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final Random random = new Random(20200930);

    public InboxDataGenerator(JdbcTemplate jdbc, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.context = context;
    }

    record Unit(long id, String path, String name, long prefectureId, String filer) {
    }

    @Override
    public void run(ApplicationArguments args) {
        int forms = intArg(args, "jixiao.generate.forms", 200_000);
        int openTasks = intArg(args, "jixiao.generate.open-tasks", 10_000);
        long started = System.nanoTime();
        List<Unit> units = counties(100);
        long tasks = historicForms(units, forms) + openForms(units, openTasks);
        log.info("generated {} forms and {} inbox tasks over {} units in {} s", forms + openTasks, tasks,
                units.size(), (System.nanoTime() - started) / 1_000_000_000L);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** 100 counties, each with one 社会保险管理局; the demo units (喀什市, 和静县 …) are among them. */
    private List<Unit> counties(int count) {
        List<long[]> prefectures = jdbc.query("SELECT id FROM org WHERE level = 'PREFECTURE' ORDER BY id",
                (rs, i) -> new long[] {rs.getLong(1)});
        for (int i = 0; i < count; i++) {
            long prefecture = prefectures.get(i % prefectures.size())[0];
            String county = "BENCH-C" + i;
            jdbc.update("INSERT IGNORE INTO org (parent_id, code, name, level, path) SELECT id, ?, ?, 'COUNTY', "
                    + "CONCAT(path, ?, '/') FROM org WHERE id = ?", county, "测试县" + i, county, prefecture);
            jdbc.update("INSERT IGNORE INTO org (parent_id, code, name, level, path) SELECT id, ?, ?, 'UNIT', "
                    + "CONCAT(path, ?, '/') FROM org WHERE code = ?", county + "-01", "测试县" + i + "社会保险管理局",
                    county + "-01", county);
        }
        return jdbc.query("""
                SELECT u.id, u.path, u.name, p.id AS prefecture_id,
                       (SELECT MIN(a.username) FROM app_user a JOIN app_user_role r ON r.user_id = a.id
                        WHERE a.org_id = u.id AND r.role = 'FILER') AS filer
                FROM org u JOIN org p ON p.level = 'PREFECTURE' AND u.path LIKE CONCAT(p.path, '%')
                WHERE u.level = 'UNIT'""", (rs, i) -> new Unit(rs.getLong("id"), rs.getString("path"),
                rs.getString("name"), rs.getLong("prefecture_id"),
                rs.getString("filer") == null ? "bench_filer_" + rs.getLong("id") : rs.getString("filer")));
    }

    private long historicForms(List<Unit> units, int count) {
        long tasks = 0;
        for (int done = 0; done < count; done += BATCH) {
            int n = Math.min(BATCH, count - done);
            tasks += insertForms(units, n, true);
            if ((done / BATCH) % 25 == 0) {
                log.info("historic forms: {} / {}", done + n, count);
            }
        }
        return tasks;
    }

    private long openForms(List<Unit> units, int count) {
        long tasks = 0;
        for (int done = 0; done < count; done += BATCH) {
            tasks += insertForms(units, Math.min(BATCH, count - done), false);
        }
        return tasks;
    }

    /** One batch: n forms, each with its tasks (five done ones when historic, one open one otherwise). */
    private long insertForms(List<Unit> units, int n, boolean historic) {
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM form", Long.class);
        List<Object[]> formRows = new ArrayList<>(n);
        List<Object[]> openRows = new ArrayList<>();
        List<Object[]> doneRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            Unit unit = units.get(random.nextInt(units.size()));
            int year = historic ? 2015 + random.nextInt(6) : 2021;
            int month = 1 + random.nextInt(12);
            String fund = FUNDS[random.nextInt(FUNDS.length)];
            String project = unit.name() + " " + fund + " " + id;
            int openStep = random.nextInt(4);
            String status = (historic ? FormStatus.SIGNED : TASKS[openStep].status()).name();
            LocalDateTime created = LocalDateTime.of(year, month, 1, 9, 0).plusMinutes(random.nextInt(40_000));
            formRows.add(new Object[] {id, year, month, fund, project, unit.name(), unit.id(), status,
                    "{\"schema\":\"jixiao-form/1\",\"type\":\"MONITORING\",\"year\":" + year + "}", unit.filer(),
                    Timestamp.valueOf(created)});
            int steps = historic ? 4 : openStep + 1;
            for (int s = 0; s < steps; s++) {
                boolean open = !historic && s == steps - 1;
                String assignee = s == 0 ? unit.filer() : open ? null : "bench_user";
                String group = switch (s) {
                    case 1 -> "unit-head:" + unit.id();
                    case 2 -> "reviewer:" + unit.prefectureId();
                    case 3 -> "leader:" + unit.prefectureId();
                    default -> null;
                };
                LocalDateTime at = created.plusDays(s);
                Object[] task = {"bench-" + id + "-" + s, id, TASKS[s].key(), TASKS[s].label(), assignee, group, unit.path(),
                        year, month, fund, unit.name(), project, Timestamp.valueOf(at)};
                if (open) {
                    openRows.add(task);
                } else {
                    doneRows.add(done(task, at.plusHours(3), s == 0 ? unit.filer() : "bench_user"));
                }
            }
            if (historic) { // one more done task: the filer's correction after a return
                LocalDateTime at = created.plusDays(5);
                doneRows.add(done(new Object[] {"bench-" + id + "-c", id, TASKS[4].key(), TASKS[4].label(), unit.filer(), null,
                        unit.path(), year, month, fund, unit.name(), project, Timestamp.valueOf(at)},
                        at.plusHours(1), unit.filer()));
            }
        }
        jdbc.batchUpdate("INSERT INTO form (id, form_type, form_year, monitor_month, fund, project, unit_name, unit_id, "
                + "status, version, document, filer, created_at, updated_at) VALUES (?, 'MONITORING', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                formRows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[10]})
                        .toList());
        String columns = "task_id, form_id, task_key, task_name, assignee, candidate_group, org_path, form_type, "
                + "form_year, monitor_month, fund, unit_name, project, created_at";
        if (!openRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO inbox_task (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, 'MONITORING', ?, ?, ?, ?, ?, ?)",
                    openRows);
        }
        if (!doneRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO inbox_task_done (" + columns + ", completed_at, completed_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'MONITORING', ?, ?, ?, ?, ?, ?, ?, ?)", doneRows);
        }
        return openRows.size() + doneRows.size();
    }

    private static Object[] done(Object[] task, LocalDateTime completedAt, String completedBy) {
        Object[] row = Arrays.copyOf(task, task.length + 2);
        row[task.length] = Timestamp.valueOf(completedAt);
        row[task.length + 1] = completedBy;
        return row;
    }

    private static int intArg(ApplicationArguments args, String name, int fallback) {
        return args.containsOption(name) ? Integer.parseInt(args.getOptionValues(name).get(0)) : fallback;
    }
}
