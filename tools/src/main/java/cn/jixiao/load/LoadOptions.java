package cn.jixiao.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of the load program, with the defaults docs/benchmarks.md uses. */
record LoadOptions(String url, String admin, String adminPassword, String password, int lifecycles, int workers,
                   int warmup, int counties, int prefectures, int reviewers, int leaders, int returnEvery, int year,
                   String dbServerUrl, String dbUser, String dbPassword, String baselineDb, boolean rest,
                   boolean baseline, Path report, int maxMinutes, Long serverPid, Long mariadbPid) {

    static final String USAGE = """
            java -jar tools/target/jixiao-load.jar [options]
              --url URL                 running jixiao (mysql,demo profiles) [http://127.0.0.1:8080]
              --admin NAME              ADMIN account for the setup [admin]
              --admin-password PW       [demo1234]
              --password PW             password of the users the setup creates [Jixiao-Load-2026]
              --lifecycles N            measured lifecycles [800]
              --workers N               concurrent workers, for jixiao and for the baseline [32]
              --warmup N                lifecycles before measuring, not counted [40]
              --counties N              county units (each with a filer and a unit head) [100]
              --prefectures N           prefectures the counties are spread over (喀什, 巴州, then new ones) [4]
              --reviewers N             reviewers per prefecture [3]
              --leaders N               leaders per prefecture [1]
              --return-every N          every Nth lifecycle is returned once by the reviewer [10]
              --year YYYY               year of the target forms [next year]
              --db-server URL           MariaDB server for the baseline engine [jdbc:mysql://127.0.0.1:3306/]
              --db-user NAME            [root]
              --db-password PW          []
              --baseline-db NAME        database of the baseline engine, dropped and recreated; must end in
                                        "baseline" [jixiao_load_baseline]
              --only rest|baseline      run one side only
              --report FILE             also write the report here [tools/target/load-report.md]
              --max-minutes N           stop waiting after this long [30]
              --server-pid PID          report the CPU time this process (jixiao) used in each phase
              --mariadb-pid PID         the same for MariaDB
            """;

    static LoadOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                given.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        for (String name : given.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String only = given.getOrDefault("only", "");
        if (!List.of("", "rest", "baseline").contains(only)) {
            throw new IllegalArgumentException("--only takes rest or baseline");
        }
        LoadOptions o = new LoadOptions(
                stripSlash(given.getOrDefault("url", "http://127.0.0.1:8080")),
                given.getOrDefault("admin", "admin"),
                given.getOrDefault("admin-password", "demo1234"),
                given.getOrDefault("password", "Jixiao-Load-2026"),
                number(given, "lifecycles", 800),
                number(given, "workers", 32),
                number(given, "warmup", 40),
                number(given, "counties", 100),
                number(given, "prefectures", 4),
                number(given, "reviewers", 3),
                number(given, "leaders", 1),
                number(given, "return-every", 10),
                number(given, "year", LocalDate.now().getYear() + 1),
                given.getOrDefault("db-server", "jdbc:mysql://127.0.0.1:3306/"),
                given.getOrDefault("db-user", "root"),
                given.getOrDefault("db-password", ""),
                given.getOrDefault("baseline-db", "jixiao_load_baseline"),
                !only.equals("baseline"),
                !only.equals("rest"),
                Path.of(given.getOrDefault("report", "tools/target/load-report.md")),
                number(given, "max-minutes", 30),
                given.containsKey("server-pid") ? (long) number(given, "server-pid", 0) : null,
                given.containsKey("mariadb-pid") ? (long) number(given, "mariadb-pid", 0) : null);
        if (o.prefectures() < 1 || o.prefectures() > Prefectures.KNOWN.size()) {
            throw new IllegalArgumentException("--prefectures must be 1.." + Prefectures.KNOWN.size());
        }
        if (o.counties() < o.prefectures() || o.workers() < 1 || o.lifecycles() < 1 || o.reviewers() < 1
                || o.leaders() < 1 || o.returnEvery() < 1 || o.warmup() < 0) {
            throw new IllegalArgumentException("counts must be positive (and at least one county per prefecture)");
        }
        if (!o.baselineDb().matches("[A-Za-z0-9_]+") || !o.baselineDb().endsWith("baseline")) {
            throw new IllegalArgumentException("--baseline-db is dropped and recreated, so its name must be letters, "
                    + "digits and _ and end in \"baseline\": " + o.baselineDb());
        }
        return o;
    }

    private static final List<String> KNOWN = List.of("url", "admin", "admin-password", "password", "lifecycles",
            "workers", "warmup", "counties", "prefectures", "reviewers", "leaders", "return-every", "year",
            "db-server", "db-user", "db-password", "baseline-db", "only", "report", "max-minutes", "server-pid",
            "mariadb-pid");

    private static int number(Map<String, String> given, String name, int fallback) {
        String v = given.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not " + v);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
