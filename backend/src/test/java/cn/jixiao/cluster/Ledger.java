package cn.jixiao.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load on the cluster was told by the API, kept apart from what it only hoped for: the forms whose
 * create answered 201, the submissions and approvals that answered 200, and the requests that got no
 * answer (the connection was refused or cut, or a 5xx came back) — which acknowledge nothing. Thread-safe.
 */
final class Ledger {

    /** How a request failed to be answered: connection refused, connection cut in flight, or a 5xx. */
    enum NoAnswer { REFUSED, CUT, SERVER_ERROR }

    private final Map<String, Long> created = new ConcurrentHashMap<>();
    private final Map<String, Long> projects = new ConcurrentHashMap<>();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private final Set<Long> approved = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> expectedStatus = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acknowledgedOn = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> unanswered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> storedUnanswered = new ConcurrentHashMap<>();
    private final List<String> unexpected = new ArrayList<>();

    void created(String project, long id, NodeProcess node) {
        created.put(project, id);
        projects.put(project, id);
        acknowledged(node);
    }

    /** A form the user found in the list after its create went unanswered: stored, though nobody was told. */
    void createdUnanswered(String project, long id) {
        projects.put(project, id);
        storedUnanswered("create");
    }

    void submitted(long id, NodeProcess node) {
        submitted.add(id);
        acknowledged(node);
    }

    void approved(long id, NodeProcess node) {
        approved.add(id);
        acknowledged(node);
    }

    /** The status the form was left in by the user who finished working on it. */
    void leftAt(long id, String status) {
        expectedStatus.put(id, status);
    }

    /** A step that went unanswered and that the retry found done all the same. */
    void storedUnanswered(String step) {
        storedUnanswered.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
    }

    void unanswered(String step, NodeProcess node, NoAnswer how) {
        unanswered.computeIfAbsent(step + " " + how + " on " + node.name(), s -> new AtomicInteger()).incrementAndGet();
    }

    synchronized void unexpected(String what) {
        unexpected.add(what);
    }

    private void acknowledged(NodeProcess node) {
        acknowledgedOn.computeIfAbsent(node.name(), n -> new AtomicInteger()).incrementAndGet();
    }

    /** project → id of every form whose create answered 201. */
    Map<String, Long> created() {
        return Map.copyOf(created);
    }

    /** project → id of every form the load made, answered or found afterwards. */
    Map<String, Long> projects() {
        return Map.copyOf(projects);
    }

    Set<Long> submitted() {
        return Set.copyOf(submitted);
    }

    Set<Long> approved() {
        return Set.copyOf(approved);
    }

    Map<Long, String> expectedStatus() {
        return Map.copyOf(expectedStatus);
    }

    int acknowledgedOn(NodeProcess node) {
        AtomicInteger n = acknowledgedOn.get(node.name());
        return n == null ? 0 : n.get();
    }

    int unansweredTotal() {
        return unanswered.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    synchronized List<String> unexpectedAnswers() {
        return List.copyOf(unexpected);
    }

    /** One line per count, for the test's output. */
    String summary() {
        StringBuilder s = new StringBuilder();
        s.append("acknowledged: ").append(created.size()).append(" creates (201), ").append(submitted.size())
                .append(" submissions (200), ").append(approved.size()).append(" approvals (200); by node ")
                .append(counts(acknowledgedOn)).append('\n');
        s.append("unanswered requests: ").append(unansweredTotal()).append(' ').append(counts(unanswered)).append('\n');
        s.append("stored although unanswered (found by the retry): ").append(counts(storedUnanswered)).append('\n');
        s.append("unexpected answers: ").append(unexpectedAnswers().size());
        return s.toString();
    }

    private static String counts(Map<String, AtomicInteger> counts) {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted.toString();
    }
}
