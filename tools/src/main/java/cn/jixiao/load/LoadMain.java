package cn.jixiao.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The deadline-day load program: sets up the people through the ADMIN API of a running jixiao, drives
 * the lifecycles through its REST API, then the same lifecycles through the bare Camunda engine, and
 * reports both (stdout and a Markdown file). Run on demand; see docs/benchmarks.md. Exit code 0 only
 * when every lifecycle finished without an error.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        ZonedDateTime started = ZonedDateTime.now();
        String loadAtStart = Machine.loadAverage();
        long deadline = System.nanoTime() + Duration.ofMinutes(options.maxMinutes()).toNanos();
        CpuUsage cpu = new CpuUsage(options.serverPid(), options.mariadbPid());
        ServerStatements statements = new ServerStatements(options);
        String runTag = "压测" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

        Population population;
        LoadReport.Phase rest = null;
        if (options.rest()) {
            HttpClient http = Session.sharedClient();
            log("setup: people and orgs through the ADMIN API at " + options.url());
            LoadSetup setup = new LoadSetup(options, new Session(http, options.url(), options.admin()));
            population = setup.run();
            log("setup: logging in everybody");
            Map<String, Session> sessions = setup.logIn(http, population);
            rest = measureRest(options, population, sessions, new TargetForms(runTag), cpu, statements, deadline);
        } else {
            population = LoadSetup.offline(options);
        }
        LoadReport.Phase baseline = null;
        Long unfinished = null;
        if (options.baseline()) {
            log("baseline: engine on database " + options.baselineDb() + " (recreated)");
            try (EngineBaseline engine = new EngineBaseline(options, population)) {
                baseline = measureBaseline(options, population, engine, cpu, statements);
                unfinished = engine.unfinished();
            }
        }

        String report = new LoadReport().render(options, population, EngineBaseline.mariadbVersion(options), started,
                loadAtStart, rest, baseline, unfinished);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), report);
        log("report written to " + options.report());
        boolean clean = (rest == null || clean(rest)) && (baseline == null || clean(baseline))
                && (unfinished == null || unfinished == 0);
        System.exit(clean ? 0 : 1);
    }

    private static boolean clean(LoadReport.Phase p) {
        return p.result().failed() == 0 && p.result().metrics().errors() == 0 && p.warmup().failed() == 0;
    }

    /** Warm-up (forms of the following year), then the measured lifecycles with the CPU they took. */
    private static LoadReport.Phase measureRest(LoadOptions options, Population population, Map<String, Session> sessions,
                                                TargetForms forms, CpuUsage cpu, ServerStatements statements,
                                                long deadline) {
        log("jixiao: " + options.warmup() + " warm-up lifecycles");
        Workers.Result warmup = new RestLoad(sessions, population, forms, options.workers(), options.year() + 1,
                deadline).run(lifecycles(options.warmup(), population, options));
        log("jixiao: " + options.lifecycles() + " lifecycles, " + options.workers() + " workers");
        String loadBefore = Machine.loadAverage();
        var cpuBefore = cpu.now();
        var statementsBefore = statements.now();
        Workers.Result measured = new RestLoad(sessions, population, forms, options.workers(), options.year(),
                deadline).run(lifecycles(options.lifecycles(), population, options));
        log(String.format("jixiao: %d done, %d failed, %.2f lifecycles/s", measured.completed(), measured.failed(),
                measured.perSecond()));
        return new LoadReport.Phase(measured, warmup, CpuUsage.between(cpuBefore, cpu.now()),
                ServerStatements.between(statementsBefore, statements.now()), loadBefore, Machine.loadAverage());
    }

    private static LoadReport.Phase measureBaseline(LoadOptions options, Population population, EngineBaseline engine,
                                                    CpuUsage cpu, ServerStatements statements) {
        Workers.Result warmup = engine.run("warmup", lifecycles(options.warmup(), population, options),
                options.workers(), new Metrics());
        String loadBefore = Machine.loadAverage();
        var cpuBefore = cpu.now();
        var statementsBefore = statements.now();
        Workers.Result measured = engine.run("measured", lifecycles(options.lifecycles(), population, options),
                options.workers(), new Metrics());
        log(String.format("baseline: %d done, %d failed, %.2f lifecycles/s", measured.completed(), measured.failed(),
                measured.perSecond()));
        return new LoadReport.Phase(measured, warmup, CpuUsage.between(cpuBefore, cpu.now()),
                ServerStatements.between(statementsBefore, statements.now()), loadBefore, Machine.loadAverage());
    }

    private static List<Lifecycle> lifecycles(int count, Population population, LoadOptions options) {
        return IntStream.range(0, count).mapToObj(i -> Lifecycle.of(i, population, options.returnEvery())).toList();
    }

    static void log(String message) {
        System.err.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + message);
    }
}
