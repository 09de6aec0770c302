package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives lifecycles through jixiao's REST API with {@code workers} threads. Each worker owns one
 * lifecycle at a time and acts for its people: the filer creates and submits, the unit head finds the
 * form in the inbox and approves. From then on the form waits in the prefecture's shared inbox, and
 * the worker, now acting as one of the prefecture's reviewers (later leaders), works that inbox as a
 * person would: list, claim the oldest unclaimed task, read the form, decide, until its own form has
 * been decided by whoever got to it. Reviewers of one prefecture thus race for the same tasks; the
 * loser's claim is a 409, counted apart. Decisions follow the form, not the reviewer: the first review
 * of every returned lifecycle is a RETURN, which the owner corrects and resubmits.
 */
final class RestLoad {

    private static final long IDLE_WAIT_MILLIS = 200;

    private final Map<String, Session> sessions;
    private final Population population;
    private final TargetForms forms;
    private final int workers;
    private final int year;
    private final long deadline;
    private final Metrics metrics = new Metrics();
    private final Map<Long, Tracker> trackers = new ConcurrentHashMap<>();

    RestLoad(Map<String, Session> sessions, Population population, TargetForms forms, int workers, int year,
             long deadlineNanos) {
        this.sessions = sessions;
        this.population = population;
        this.forms = forms;
        this.workers = workers;
        this.year = year;
        this.deadline = deadlineNanos;
    }

    Workers.Result run(List<Lifecycle> lifecycles) {
        return Workers.run("rest", lifecycles, workers, metrics, this::drive);
    }

    private void drive(Lifecycle lc, int worker) {
        Session filer = sessions.get(lc.unit().filer());
        JsonNode created = call(filer, "POST /api/forms", "POST", "/api/forms", forms.document(lc, year), 201).json();
        long formId = created.path("id").asLong();
        Tracker tracker = new Tracker(lc);
        trackers.put(formId, tracker);
        try {
            complete(filer, created.path("task").path("id").asText(), "draft", "SUBMIT",
                    submit(created.path("findings")), "UNIT_REVIEW");

            Session head = sessions.get(lc.unit().head());
            String unitTask = ownTask(head, "head", formId, "unitReview");
            call(head, "GET /api/forms/{id}", "GET", "/api/forms/" + formId, null, 200);
            complete(head, unitTask, "unitReview", "APPROVE", decisionBody("APPROVE"), "PREFECTURE_REVIEW");

            Population.Prefecture prefecture = population.prefectureOf(lc.unit());
            Session reviewer = sessions.get(prefecture.reviewers().get(worker % prefecture.reviewers().size()));
            if ("RETURN".equals(awaitDecision(tracker, "prefectureReview", reviewer))) {
                correctAndResubmit(filer, formId, tracker);
                // correction.viaUnitHead (default true): the unit re-seals the correction before the reviewer has it
                complete(head, ownTask(head, "head", formId, "unitReview"), "unitReview", "APPROVE",
                        decisionBody("APPROVE"), "PREFECTURE_REVIEW");
                awaitDecision(tracker, "prefectureReview", reviewer);
            }
            Session leader = sessions.get(prefecture.leaders().get(worker % prefecture.leaders().size()));
            awaitDecision(tracker, "signOff", leader);
        } finally {
            trackers.remove(formId);
        }
    }

    private void correctAndResubmit(Session filer, long formId, Tracker tracker) {
        JsonNode current = call(filer, "GET /api/forms/{id}", "GET", "/api/forms/" + formId, null, 200).json();
        ObjectNode body = Session.JSON.createObjectNode().put("version", current.path("version").asInt());
        body.set("form", TargetForms.corrected(current.path("form")));
        JsonNode saved = call(filer, "PUT /api/forms/{id}", "PUT", "/api/forms/" + formId, body.toString(), 200).json();
        tracker.reviewAgain();
        complete(filer, saved.path("task").path("id").asText(), "correct", "SUBMIT", submit(saved.path("findings")),
                "UNIT_REVIEW");
    }

    /**
     * Works the shared inbox of {@code step} as {@code actor} until the owner's own form has been decided
     * there (by anyone); answers that decision.
     */
    private String awaitDecision(Tracker tracker, String step, Session actor) {
        CompletableFuture<String> decided = tracker.decided(step);
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new LifecycleFailure("still waiting for " + step + " at the time limit");
            }
            if (!decided.isDone() && takeOneTask(actor, step)) {
                continue;
            }
            try {
                return decided.get(IDLE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // someone holds the task, or a claim was lost: look again
            } catch (ExecutionException e) {
                throw new LifecycleFailure(step + " failed: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LifecycleFailure("interrupted");
            }
        }
    }

    /** One look at the inbox: claims the oldest unclaimed {@code step} task and decides it; false if none could be claimed. */
    private boolean takeOneTask(Session actor, String step) {
        String role = step.equals("signOff") ? "leader" : "reviewer";
        JsonNode items = inbox(actor, role).path("items");
        for (int k = items.size() - 1; k >= 0; k--) { // the inbox lists the newest first
            JsonNode item = items.get(k);
            Tracker owner = trackers.get(item.path("formId").asLong());
            if (!step.equals(item.path("key").asText()) || !item.path("assignee").isNull() || owner == null) {
                continue;
            }
            String taskId = item.path("taskId").asText();
            Session.Response claim = send(actor, "POST /api/tasks/{id}/claim (" + step + ")", "POST",
                    "/api/tasks/" + taskId + "/claim", "{}");
            if (!claim.ok()) {
                continue; // 409: another reviewer was faster (anything else is counted as an error)
            }
            try {
                call(actor, "GET /api/forms/{id}", "GET", "/api/forms/" + item.path("formId").asLong(), null, 200);
                String decision = step.equals("signOff") ? "SIGN" : owner.reviewDecision();
                String endpoint = "POST /api/tasks/{id}/complete (" + step + " " + decision + ")";
                Session.Response done = send(actor, endpoint, "POST", "/api/tasks/" + taskId + "/complete",
                        decisionBody(decision));
                if (done.status() == 409) {
                    // the same person in another session (another worker acting for them) claimed it too, which
                    // succeeds for the assignee, and completed it first: that session tells the owner
                    return true;
                }
                expect(done, endpoint, 200);
                expectStatus(done, endpoint, switch (decision) {
                    case "RETURN" -> "RETURNED";
                    case "APPROVE" -> "SIGN_OFF";
                    default -> "SIGNED";
                });
                owner.decided(step).complete(decision);
            } catch (LifecycleFailure e) {
                owner.decided(step).completeExceptionally(e);
            }
            return true;
        }
        return false;
    }

    private String ownTask(Session actor, String role, long formId, String step) {
        for (JsonNode item : inbox(actor, role).path("items")) {
            if (item.path("formId").asLong() == formId && step.equals(item.path("key").asText())) {
                return item.path("taskId").asText();
            }
        }
        metrics.error("flow", "form " + formId + " not in the inbox of " + actor.username());
        throw new LifecycleFailure("form " + formId + " not in the inbox of " + actor.username());
    }

    private JsonNode inbox(Session actor, String role) {
        return call(actor, "GET /api/tasks?scope=todo (" + role + ")", "GET",
                "/api/tasks?scope=todo&type=TARGET&year=" + year + "&size=50", null, 200).json();
    }

    private void complete(Session actor, String taskId, String step, String decision, String body,
                          String expectedStatus) {
        String endpoint = "POST /api/tasks/{id}/complete (" + step + " " + decision + ")";
        expectStatus(call(actor, endpoint, "POST", "/api/tasks/" + taskId + "/complete", body, 200), endpoint,
                expectedStatus);
    }

    /** The form's status after the step, as the answer states it. */
    private void expectStatus(Session.Response done, String endpoint, String expectedStatus) {
        String status = done.json().path("status").asText();
        if (!expectedStatus.equals(status)) {
            metrics.error("flow", endpoint + " left the form " + status + ", not " + expectedStatus);
            throw new LifecycleFailure(endpoint + " left the form in " + status);
        }
    }

    /** SUBMIT, explaining every WARNING the form shows (a valid target form shows none). */
    private static String submit(JsonNode findings) {
        ObjectNode body = Session.JSON.createObjectNode().put("decision", "SUBMIT");
        ArrayNode acks = body.putArray("acknowledgedWarnings");
        for (JsonNode f : findings) {
            if ("WARNING".equals(f.path("severity").asText())) {
                acks.addObject().put("code", f.path("code").asText()).put("path", f.path("path").asText())
                        .put("note", "已核实");
            }
        }
        return body.toString();
    }

    /** APPROVE and SIGN say nothing more; a RETURN needs a comment, and points at the field. */
    private static String decisionBody(String decision) {
        if (!decision.equals("RETURN")) {
            return Session.JSON.createObjectNode().put("decision", decision).toString();
        }
        ObjectNode body = Session.JSON.createObjectNode().put("decision", "RETURN")
                .put("comment", "年度目标表述不完整，请补充");
        body.putArray("fieldComments").addObject().put("path", "goal.expected").put("comment", "请写明年度目标");
        return body.toString();
    }

    /** A request whose answer must have {@code expected} status; anything else ends the lifecycle. */
    private Session.Response call(Session actor, String endpoint, String method, String path, String body, int expected) {
        return expect(send(actor, endpoint, method, path, body), endpoint, expected);
    }

    private Session.Response expect(Session.Response r, String endpoint, int expected) {
        if (r.status() != expected) {
            if (r.status() == 409) {
                metrics.error("flow", endpoint + ": a 409 where none was expected: " + r.body());
            }
            throw new LifecycleFailure(endpoint + " answered " + r.status() + ": " + abbreviate(r.body()));
        }
        return r;
    }

    /** Sends and records: 2xx latency, 409 as a conflict, anything else (or no answer) as an error. */
    private Session.Response send(Session actor, String endpoint, String method, String path, String body) {
        Session.Response r;
        try {
            r = switch (method) {
                case "GET" -> actor.get(path);
                case "POST" -> actor.post(path, body);
                case "PUT" -> actor.put(path, body);
                default -> throw new IllegalArgumentException(method);
            };
        } catch (UncheckedIOException e) {
            metrics.error(endpoint, "no answer: " + e.getCause());
            throw new LifecycleFailure(endpoint + ": no answer: " + e.getCause());
        }
        if (r.ok()) {
            metrics.ok(endpoint, r.nanos());
        } else if (r.status() == 409) {
            metrics.conflict(endpoint);
        } else {
            metrics.error(endpoint, r.status() + " " + abbreviate(r.body()));
        }
        return r;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** A form in flight: its lifecycle and the decisions its owner waits for. */
    private static final class Tracker {

        private final Lifecycle lifecycle;
        private volatile CompletableFuture<String> review = new CompletableFuture<>();
        private final CompletableFuture<String> signed = new CompletableFuture<>();
        private volatile boolean resubmitted;

        Tracker(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        CompletableFuture<String> decided(String step) {
            return step.equals("signOff") ? signed : review;
        }

        /** Before the resubmission makes the task visible again. */
        void reviewAgain() {
            resubmitted = true;
            review = new CompletableFuture<>();
        }

        /**
         * The first review of a returned lifecycle returns it, every other review approves: a function of
         * the round, so two sessions deciding the same task at once decide alike.
         */
        String reviewDecision() {
            return lifecycle.returned() && !resubmitted ? "RETURN" : "APPROVE";
        }
    }

    /** Ends one lifecycle; the request that caused it has been counted already. */
    static final class LifecycleFailure extends RuntimeException {
        LifecycleFailure(String message) {
            super(message, null, false, false);
        }
    }
}
