package cn.jixiao.cluster;

import cn.jixiao.cluster.Ledger.NoAnswer;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Filers and unit heads at work on a cluster, one thread per worker: create a monitoring form under a
 * project name of its own, submit it, and every other form the unit head approves. Each step (a user
 * action: a read and a write) goes to the next node of the {@link RoundRobin}.
 *
 * <p>A step that gets no answer (refused, cut, 5xx) is done again on another node, as a user would after
 * an error page, and first looks whether the unanswered attempt was stored after all: a create looks
 * for a draft of its project in the filer's list — creating again would leave two drafts of one project,
 * which DUPLICATE_FORM then stops at submission — and a submission or approval reads the form's status.
 * Any other answer than the expected one is recorded as unexpected and the worker moves on to a new form.
 * The {@link Ledger} keeps what was acknowledged.
 */
final class FilingLoad {

    /** A filing unit's two users (demo data, password demo1234). */
    record Unit(String filer, String head) {
    }

    private static final Duration THINK_TIME = Duration.ofMillis(100);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final int MAX_ATTEMPTS = 40;
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final RoundRobin nodes;
    private final List<Unit> units;
    private final int workers;
    private final Ledger ledger = new Ledger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    FilingLoad(RoundRobin nodes, List<Unit> units, int workers) {
        this.nodes = nodes;
        this.units = units;
        this.workers = workers;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Logs every worker in (on the first node), then lets them work. */
    void start() {
        for (int i = 0; i < workers; i++) {
            Worker worker = new Worker("w" + i, units.get(i % units.size()));
            Thread thread = new Thread(worker::run, "filing-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /** Lets every worker finish the form it is working on, and waits for them. */
    void stop() {
        stopping.set(true);
        for (Thread thread : threads) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " still working after " + STOP_TIMEOUT.toSeconds() + " s");
            }
        }
    }

    /** The request got no answer: nothing was acknowledged, the user tries again. */
    private static final class Unanswered extends RuntimeException {
        final NoAnswer how;

        Unanswered(NoAnswer how, Throwable cause) {
            super(how.name(), cause);
            this.how = how;
        }
    }

    /** An answer that is neither the expected one nor a sign of a dead node: a finding of the test. */
    private static final class Unexpected extends RuntimeException {
        Unexpected(String message) {
            super(message);
        }
    }

    /** One attempt of a step on one node; {@code retry} after an unanswered attempt. */
    private record Call(NodeProcess node, ApiClient client, boolean retry) {
    }

    private interface Attempt<T> {
        T run(Call call);
    }

    private final class Worker {

        private final String name;
        private final Map<NodeProcess, ApiClient> filer;
        private final Map<NodeProcess, ApiClient> head;

        Worker(String name, Unit unit) {
            this.name = name;
            this.filer = browser(unit.filer());
            this.head = browser(unit.head());
        }

        /** One login, used on every node: the session is in the database. */
        private Map<NodeProcess, ApiClient> browser(String username) {
            ApiClient client = ApiClient.loggedIn(nodes.nodes().get(0).baseUrl(), username);
            Map<NodeProcess, ApiClient> onNode = new HashMap<>();
            nodes.nodes().forEach(n -> onNode.put(n, client.at(n.baseUrl())));
            return onNode;
        }

        void run() {
            for (int form = 0; !stopping.get(); form++) {
                String project = "断电测试 " + name + "-" + form + " " + System.nanoTime();
                try {
                    long id = create(project);
                    submit(id);
                    if (form % 2 == 0) {
                        approve(id);
                        ledger.leftAt(id, "PREFECTURE_REVIEW");
                    } else {
                        ledger.leftAt(id, "UNIT_REVIEW");
                    }
                } catch (Unexpected e) {
                    ledger.unexpected(name + " 《" + project + "》: " + e.getMessage());
                } catch (RuntimeException e) {
                    ledger.unexpected(name + " 《" + project + "》: " + e);
                }
            }
        }

        private long create(String project) {
            String document = FormActions.futureMonitoringDocument(project).toString();
            return step("create", filer, call -> {
                if (call.retry()) {
                    Long stored = draftNamed(call.client(), project);
                    if (stored != null) {
                        ledger.createdUnanswered(project, stored);
                        return stored;
                    }
                }
                long id = expect(call.client().post("/api/forms", document), 201, "create").json().path("id").asLong();
                ledger.created(project, id, call.node());
                return id;
            });
        }

        private void submit(long id) {
            step("submit", filer, call -> {
                JsonNode form = expect(call.client().get("/api/forms/" + id), 200, "read form " + id).json();
                if (call.retry() && !"DRAFT".equals(form.path("status").asText())) {
                    ledger.storedUnanswered("submit");
                    return null;
                }
                String task = openTask(form, "draft");
                expect(call.client().post("/api/tasks/" + task + "/complete", "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":"
                        + FormActions.ackAll(form.path("findings"), "已核实") + "}"), 200, "submit form " + id);
                ledger.submitted(id, call.node());
                return null;
            });
        }

        private void approve(long id) {
            step("approve", head, call -> {
                JsonNode form = expect(call.client().get("/api/forms/" + id), 200, "read form " + id).json();
                if (call.retry() && !"UNIT_REVIEW".equals(form.path("status").asText())) {
                    ledger.storedUnanswered("approve");
                    return null;
                }
                String task = openTask(form, "unitReview");
                expect(call.client().post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\",\"acknowledgedWarnings\":"
                        + FormActions.ackAll(form.path("findings"), "已核实") + "}"), 200, "approve form " + id);
                ledger.approved(id, call.node());
                return null;
            });
        }

        /** Runs the step on the next node until it is answered; after no answer, on another node. */
        private <T> T step(String step, Map<NodeProcess, ApiClient> user, Attempt<T> attempt) {
            pause(THINK_TIME);
            NodeProcess failed = null;
            for (int i = 0; i < MAX_ATTEMPTS; i++) {
                NodeProcess node = nodes.next(failed);
                Call call = new Call(node, user.get(node), failed != null);
                try {
                    return nodes.send(node, () -> answered(() -> attempt.run(call)));
                } catch (Unanswered e) {
                    ledger.unanswered(step, node, e.how);
                    failed = node;
                    pause(RETRY_PAUSE);
                }
            }
            throw new Unexpected(step + " got no answer in " + MAX_ATTEMPTS + " attempts");
        }
    }

    /** Runs requests, turning a refused or broken connection into {@link Unanswered}. */
    private static <T> T answered(Supplier<T> requests) {
        try {
            return requests.get();
        } catch (UncheckedIOException e) {
            throw new Unanswered(e.getCause() instanceof ConnectException ? NoAnswer.REFUSED : NoAnswer.CUT, e);
        }
    }

    private static Response expect(Response response, int status, String what) {
        if (response.status() == status) {
            return response;
        }
        if (response.status() >= 500) {
            throw new Unanswered(NoAnswer.SERVER_ERROR, null);
        }
        throw new Unexpected(what + " answered " + response.status() + ": " + response.body());
    }

    /**
     * The form's open task, which must be {@code key}; from the form's view rather than the inbox
     * (FormActions.openTask), whose first 200 rows a unit head's waiting forms outgrow in this load.
     */
    private static String openTask(JsonNode form, String key) {
        JsonNode task = form.path("task");
        if (!key.equals(task.path("key").asText())) {
            throw new Unexpected("form " + form.path("id").asLong() + " (" + form.path("status").asText()
                    + ") has open task " + task + ", not " + key);
        }
        return task.path("id").asText();
    }

    /** The id of the filer's draft named {@code project}, if it was stored. */
    private static Long draftNamed(ApiClient filer, String project) {
        JsonNode items = expect(filer.get("/api/forms?status=DRAFT&year=" + FormActions.FUTURE_YEAR + "&size=200"), 200,
                "list drafts").json().path("items");
        for (JsonNode item : items) {
            if (project.equals(item.path("project").asText())) {
                return item.path("id").asLong();
            }
        }
        return null;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
