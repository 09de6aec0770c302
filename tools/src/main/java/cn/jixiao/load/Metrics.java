package cn.jixiao.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies and outcomes per endpoint (method + path template, e.g. {@code POST /api/tasks/{id}/claim}):
 * 2xx latencies go into a histogram, 409s and errors are counted apart, a few errors are kept as samples.
 */
final class Metrics {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);
    private static final int MAX_SAMPLES = 20;

    private static final class Endpoint {
        final Histogram ok = new ConcurrentHistogram(MAX_MICROS, 3);
        final LongAdder conflicts = new LongAdder();
        final LongAdder errors = new LongAdder();
    }

    /** One line of the report; latencies in milliseconds, over the 2xx answers. */
    record Row(String endpoint, long ok, long conflicts, long errors, double p50, double p95, double p99,
               double max) {
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder errors = new LongAdder();

    void ok(String endpoint, long nanos) {
        endpoint(endpoint).ok.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1000)));
    }

    void conflict(String endpoint) {
        endpoint(endpoint).conflicts.increment();
    }

    /** Anything that is neither a 2xx nor a 409, and anything the flow did not expect. */
    void error(String endpoint, String detail) {
        endpoint(endpoint).errors.increment();
        errors.increment();
        sample(endpoint + ": " + detail);
    }

    /** Keeps a message for the report without counting it (its cause was counted). */
    void sample(String detail) {
        if (samples.size() < MAX_SAMPLES) {
            samples.add(detail);
        }
    }

    long errors() {
        return errors.sum();
    }

    long conflicts() {
        return endpoints.values().stream().mapToLong(e -> e.conflicts.sum()).sum();
    }

    long requests() {
        return endpoints.values().stream().mapToLong(e -> e.ok.getTotalCount() + e.conflicts.sum() + e.errors.sum())
                .sum();
    }

    List<String> errorSamples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    List<Row> rows() {
        return endpoints.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Histogram h = e.getValue().ok;
            return new Row(e.getKey(), h.getTotalCount(), e.getValue().conflicts.sum(), e.getValue().errors.sum(),
                    ms(h, 50), ms(h, 95), ms(h, 99), h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0);
        }).toList();
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private Endpoint endpoint(String name) {
        return endpoints.computeIfAbsent(name, k -> new Endpoint());
    }
}
