package cn.jixiao.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** N threads taking lifecycles in order until none is left; the result of one phase of a run. */
final class Workers {

    /** One lifecycle, driven by worker number {@code worker}; throws when it cannot be finished. */
    interface Driver {
        void drive(Lifecycle lifecycle, int worker);
    }

    record Result(int completed, int failed, int returned, long nanos, Metrics metrics) {

        double perSecond() {
            return completed / (nanos / 1e9);
        }

        double seconds() {
            return nanos / 1e9;
        }
    }

    private Workers() {
    }

    static Result run(String name, List<Lifecycle> lifecycles, int workers, Metrics metrics, Driver driver) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < lifecycles.size(); i = next.getAndIncrement()) {
                    try {
                        driver.drive(lifecycles.get(i), worker);
                        completed.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        metrics.sample("lifecycle " + lifecycles.get(i).index() + " failed: " + e.getMessage());
                    }
                }
            }, name + "-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        int returned = (int) lifecycles.stream().filter(Lifecycle::returned).count();
        return new Result(completed.get(), failed.get(), returned, System.nanoTime() - start, metrics);
    }
}
