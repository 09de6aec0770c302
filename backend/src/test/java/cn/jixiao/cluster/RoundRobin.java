package cn.jixiao.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What nginx does in front of the nodes, as far as a test needs it: requests go round robin to the nodes
 * that are in; a node whose health check failed is taken out until it is put back. Counts the requests
 * each node has in flight, so that a test can kill a node while some are.
 */
final class RoundRobin {

    private final List<NodeProcess> nodes;
    private final Set<NodeProcess> out = ConcurrentHashMap.newKeySet();
    private final Map<NodeProcess, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();

    RoundRobin(NodeProcess... nodes) {
        this.nodes = List.of(nodes);
        this.nodes.forEach(n -> inFlight.put(n, new AtomicInteger()));
    }

    List<NodeProcess> nodes() {
        return nodes;
    }

    /** The next node that is in; not {@code failed} (the node a request just failed on) while another one is in. */
    NodeProcess next(NodeProcess failed) {
        List<NodeProcess> in = nodes.stream().filter(n -> !out.contains(n)).toList();
        List<NodeProcess> choice = in.size() > 1 ? in.stream().filter(n -> n != failed).toList() : in;
        if (choice.isEmpty()) {
            throw new IllegalStateException("every node is out");
        }
        return choice.get(Math.floorMod(turn.getAndIncrement(), choice.size()));
    }

    void takeOut(NodeProcess node) {
        out.add(node);
    }

    void putBack(NodeProcess node) {
        out.remove(node);
    }

    int inFlight(NodeProcess node) {
        return inFlight.get(node).get();
    }

    /** Runs {@code requests} (one user action: a read and a write, say) counted as in flight on {@code node}. */
    <T> T send(NodeProcess node, Supplier<T> requests) {
        AtomicInteger count = inFlight.get(node);
        count.incrementAndGet();
        try {
            return requests.get();
        } finally {
            count.decrementAndGet();
        }
    }
}
