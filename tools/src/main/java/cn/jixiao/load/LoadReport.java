package cn.jixiao.load;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The report, in Markdown: summary, jixiao per endpoint, the bare engine per call, errors. */
final class LoadReport {

    /** One measured side of the run. */
    record Phase(Workers.Result result, Workers.Result warmup, Map<String, Double> cpu, Map<String, Long> statements,
                 String loadBefore, String loadAfter) {
    }

    private final StringBuilder out = new StringBuilder();

    String render(LoadOptions o, Population population, String mariadb, ZonedDateTime started, String loadAtStart,
                  Phase rest, Phase baseline, Long baselineUnfinished) {
        line("# Deadline-day load: jixiao and the bare Camunda engine");
        line("");
        line("- started " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")));
        line("- machine: " + Machine.facts() + "; MariaDB " + mariadb);
        line("- load average (1/5/15 min) before the setup: " + loadAtStart + "; at the end: " + Machine.loadAverage()
                + " (while the load runs it is mostly the run itself, " + o.workers() + " workers on "
                + Runtime.getRuntime().availableProcessors() + " CPUs; what other processes took shows in the CPU "
                + "rows below)");
        line("- people: " + population.prefectures().size() + " prefectures ("
                + String.join("、", population.prefectures().stream().map(Population.Prefecture::name).toList())
                + "), " + population.units().size() + " county units with a filer and a unit head each, "
                + o.reviewers() + " reviewer(s) and " + o.leaders() + " leader(s) per prefecture; "
                + Lifecycle.FUNDS.size() + " funds");
        line("- lifecycles: " + o.lifecycles() + " measured TARGET forms of " + o.year() + " (every " + o.returnEvery()
                + "th returned once by the reviewer), after " + o.warmup() + " warm-up lifecycles (forms of "
                + (o.year() + 1) + "); " + o.workers() + " concurrent workers on each side");
        if (rest != null) {
            line("- jixiao: " + o.url());
        }
        if (baseline != null) {
            line("- baseline: embedded Camunda engine, database " + o.baselineDb() + " on " + o.dbServerUrl());
        }
        line("");
        summary(rest, baseline, baselineUnfinished);
        if (rest != null) {
            line("");
            line("## jixiao, per endpoint");
            line("");
            line("Latencies of the 2xx answers, in ms, as the client saw them. 409 (expected): on a claim, another "
                    + "reviewer or leader claimed the task first; on a complete, the same person working in another "
                    + "session (another worker acting for them; a claim by the assignee succeeds) completed it first. "
                    + "Errors: any other non-2xx, no answer, a 409 anywhere else, or an unexpected form status (row "
                    + "\"flow\").");
            line("");
            table(rest.result().metrics(), "endpoint", "2xx");
        }
        if (baseline != null) {
            line("");
            line("## Bare engine, per Java API call");
            line("");
            table(baseline.result().metrics(), "call", "ok");
        }
        List<String> errors = new ArrayList<>();
        for (Phase p : new Phase[] {rest, baseline}) {
            if (p != null) {
                errors.addAll(p.warmup().metrics().errorSamples());
                errors.addAll(p.result().metrics().errorSamples());
            }
        }
        if (!errors.isEmpty()) {
            line("");
            line("## Errors (first ones)");
            line("");
            errors.forEach(e -> line("- " + e.replace("\n", " ")));
        }
        return out.toString();
    }

    private void summary(Phase rest, Phase baseline, Long unfinished) {
        line("## Summary");
        line("");
        line("| | jixiao (REST) | bare engine (Java API) |");
        line("| --- | ---: | ---: |");
        row("lifecycles completed / failed", rest, baseline, r -> r.completed() + " / " + r.failed());
        row("of them returned once by the reviewer", rest, baseline, r -> String.valueOf(r.returned()));
        row("warm-up completed / failed", rest, baseline,
                r -> r.completed() + " / " + r.failed(), Phase::warmup);
        row("wall time", rest, baseline, r -> String.format("%.1f s", r.seconds()));
        row("**lifecycles per second**", rest, baseline, r -> String.format("**%.2f**", r.perSecond()));
        row("requests / engine calls", rest, baseline, r -> String.format("%,d", r.metrics().requests()));
        row("errors", rest, baseline, r -> String.valueOf(r.metrics().errors()));
        row("409 (task taken by someone else first)", rest, baseline, r -> String.valueOf(r.metrics().conflicts()));
        Phase any = rest != null ? rest : baseline;
        if (any != null) {
            for (String process : any.cpu().keySet()) {
                line("| CPU s: " + process + " | " + cpu(rest, process) + " | " + cpu(baseline, process) + " |");
            }
            line("| CPU s per lifecycle (this program, jixiao, MariaDB) | " + perLifecycle(rest) + " | "
                    + perLifecycle(baseline) + " |");
            ServerStatements.COUNTERS.forEach((counter, label) -> line("| MariaDB statements per lifecycle: " + label
                    + " | " + statementsPerLifecycle(rest, counter) + " | " + statementsPerLifecycle(baseline, counter)
                    + " |"));
        }
        line("| load average before → after (1/5/15 min) | " + (rest == null ? "–" : rest.loadBefore() + " → "
                + rest.loadAfter()) + " | " + (baseline == null ? "–" : baseline.loadBefore() + " → "
                + baseline.loadAfter()) + " |");
        if (unfinished != null) {
            line("");
            line("Baseline check: " + unfinished + " process instances left unfinished in the engine (0 = every "
                    + "lifecycle reached 已签发).");
        }
        if (rest != null && baseline != null && baseline.result().perSecond() > 0) {
            double ratio = rest.result().perSecond() / baseline.result().perSecond();
            line("");
            line(String.format("**Ratio jixiao / bare engine: %.3f** — jixiao completes %.2f lifecycles/s, the bare "
                            + "engine %.2f/s with the same concurrency: jixiao's overhead is a factor of %.1f.",
                    ratio, rest.result().perSecond(), baseline.result().perSecond(), 1 / ratio));
        }
    }

    private void row(String label, Phase rest, Phase baseline, Function<Workers.Result, String> f) {
        row(label, rest, baseline, f, Phase::result);
    }

    private void row(String label, Phase rest, Phase baseline, Function<Workers.Result, String> f,
                     Function<Phase, Workers.Result> which) {
        line("| " + label + " | " + (rest == null ? "–" : f.apply(which.apply(rest))) + " | "
                + (baseline == null ? "–" : f.apply(which.apply(baseline))) + " |");
    }

    private static String perLifecycle(Phase p) {
        if (p == null || p.result().completed() == 0) {
            return "–";
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : p.cpu().entrySet()) {
            if (e.getKey().equals(CpuUsage.MACHINE) || e.getKey().equals(CpuUsage.OTHERS)) {
                continue;
            }
            if (e.getValue() < 0) {
                return "?";
            }
            sum += e.getValue();
        }
        return String.format("%.3f", sum / p.result().completed());
    }

    private static String statementsPerLifecycle(Phase p, String counter) {
        if (p == null || p.result().completed() == 0 || !p.statements().containsKey(counter)) {
            return "–";
        }
        return String.format("%.1f", (double) p.statements().get(counter) / p.result().completed());
    }

    private static String cpu(Phase p, String process) {
        if (p == null) {
            return "–";
        }
        Double s = p.cpu().get(process);
        return s == null || s < 0 ? "?" : String.format("%.1f", s);
    }

    private void table(Metrics metrics, String what, String okLabel) {
        line("| " + what + " | " + okLabel + " | 409 | errors | p50 | p95 | p99 | max |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Metrics.Row r : metrics.rows()) {
            line(String.format("| %s | %,d | %d | %d | %.1f | %.1f | %.1f | %.1f |", r.endpoint().replace("|", "\\|"),
                    r.ok(), r.conflicts(), r.errors(), r.p50(), r.p95(), r.p99(), r.max()));
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
