package cn.jixiao.cluster;

import cn.jixiao.support.MariaDbTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One jixiao node as production runs it: the packaged jar ({@code backend/target/jixiao.jar}, built by
 * {@code package}) in a JVM of its own, profiles {@code mysql,demo}, configured only through the
 * environment variables of application-mysql.yml ({@code JIXIAO_DB_URL}, {@code JIXIAO_DB_USER},
 * {@code JIXIAO_DB_PASSWORD}, {@code JIXIAO_PORT}).
 *
 * <pre>
 * NodeProcess a = new NodeProcess("a", NodeProcess.freePorts(1).get(0), database);
 * a.start();                 // returns once /actuator/health/readiness is UP
 * ApiClient.loggedIn(a.baseUrl(), "ks_filer") ...
 * a.kill();                  // SIGKILL: no shutdown hooks, running transactions cut off
 * a.start();                 // again, on the same port
 * a.stop();                  // SIGTERM: Spring's graceful shutdown
 * </pre>
 *
 * Output goes to {@code backend/target/nodes/<name>.log}, appended across restarts. A node still
 * running when the test JVM exits is killed by a shutdown hook, so no stray node holds a port.
 * Extra command-line arguments ({@code --some.property=value}) are passed to every start; the heap is 768 MB.
 */
public final class NodeProcess implements AutoCloseable {

    /** Where the test classes are: backend/target/test-classes. */
    private static final Path TARGET = testClasses().getParent();

    /** Generous: a start takes 20 s on an idle 2-core machine, and was seen to take 130 s while other builds ran. */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /** The database every node of a cluster shares. */
    public record Database(String url, String user, String password) {

        /** The scratch database JIXIAO_TEST_DB_NAME + {@code suffix}, dropped and created empty. */
        public static Database fresh(String suffix) {
            String name = MariaDbTestDatabase.name() + suffix;
            MariaDbTestDatabase.recreate(name);
            return new Database(MariaDbTestDatabase.url(name), MariaDbTestDatabase.user(), MariaDbTestDatabase.password());
        }

        /** For the test's own reads and the changes it makes behind the nodes' backs. */
        public JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        }
    }

    /** Stops every node that is there, even when stopping an earlier one fails. */
    public static void stopAll(NodeProcess... nodes) {
        RuntimeException failure = null;
        for (NodeProcess node : nodes) {
            try {
                if (node != null) {
                    node.stop();
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private final String name;
    private final int port;
    private final Database database;
    private final List<String> extraArgs;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    public NodeProcess(String name, int port, Database database, String... extraArgs) {
        this.name = name;
        this.port = port;
        this.database = database;
        this.extraArgs = List.of(extraArgs);
        this.log = TARGET.resolve("nodes").resolve(name + ".log");
        Runtime.getRuntime().addShutdownHook(new Thread(this::killQuietly, "kill node " + name));
    }

    public static Path jar() {
        return TARGET.resolve("jixiao.jar");
    }

    /**
     * {@code count} distinct free TCP ports: the first free ones in JIXIAO_TEST_PORTS (e.g.
     * {@code 18100-18199}) when that is set, for machines where test servers must stay within a range;
     * otherwise ones the system picks.
     */
    public static List<Integer> freePorts(int count) {
        String range = System.getenv("JIXIAO_TEST_PORTS");
        List<Integer> ports = new ArrayList<>();
        if (range == null || range.isBlank()) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new ServerSocket(0)); // held open together, so no port comes twice
                    ports.add(held.get(i).getLocalPort());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                held.forEach(NodeProcess::closeQuietly);
            }
            return ports;
        }
        String[] bounds = range.trim().split("-");
        for (int port = Integer.parseInt(bounds[0]); port <= Integer.parseInt(bounds[1]) && ports.size() < count; port++) {
            if (isFree(port)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("fewer than " + count + " free ports in JIXIAO_TEST_PORTS=" + range);
        }
        return ports;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // it was only held to reserve the number
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the JVM and waits until the node reports itself ready; fails with the log's tail if it does not. */
    public void start() {
        if (isAlive()) {
            throw new IllegalStateException("node " + name + " is already running");
        }
        if (!Files.isRegularFile(jar())) {
            throw new IllegalStateException(jar() + " is missing: build it with ./mvnw -B -pl backend -am -DskipTests package");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar().toString(), "--spring.profiles.active=mysql,demo",
                // the demo accounts, not the demo forms: nodes start together, and the tests count their own forms
                "--jixiao.demo-forms=false"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(TARGET.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JIXIAO_DB_URL", database.url());
        builder.environment().put("JIXIAO_DB_USER", database.user());
        builder.environment().put("JIXIAO_DB_PASSWORD", database.password());
        builder.environment().put("JIXIAO_PORT", String.valueOf(port));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n==== node " + name + " starting on port " + port + " at " + LocalDateTime.now()
                    + " ====\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue() + " before it was ready");
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw failure("was not ready within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Whether GET /actuator/health/readiness answers UP. */
    public boolean isReady() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false; // not listening yet, or busy starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM and wait: Spring shuts down gracefully (finishes requests, stops the job executor). */
    public void stop() {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
                throw failure("did not stop within " + STOP_TIMEOUT.toSeconds() + " s and was killed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL (Process.destroyForcibly on Linux), as a crash or the OOM killer would; waits until it is gone. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void killQuietly() {
        if (isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Stops the node gracefully; for try-with-resources and @AfterAll. */
    @Override
    public void close() {
        stop();
    }

    /** The last lines of this node's log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The whole log so far (every start of this node). */
    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("node " + name + " (port " + port + ") " + what + "; log " + log
                + ", last lines:\n" + logTail(60));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(NodeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
