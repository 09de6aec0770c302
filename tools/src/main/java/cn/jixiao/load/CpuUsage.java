package cn.jixiao.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used during a phase: by this program, by jixiao and MariaDB when their pid is given, by the
 * whole machine (Linux /proc/stat), and so by everything else — other people's builds on a shared machine.
 */
final class CpuUsage {

    static final String MACHINE = "whole machine";
    static final String OTHERS = "other processes";
    /** /proc/stat counts in USER_HZ, 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids = new LinkedHashMap<>();

    CpuUsage(Long serverPid, Long mariadbPid) {
        pids.put("load program (client; in the baseline also the engine)", ProcessHandle.current().pid());
        if (serverPid != null) {
            pids.put("jixiao server", serverPid);
        }
        if (mariadbPid != null) {
            pids.put("MariaDB", mariadbPid);
        }
    }

    /** CPU time so far, per watched process and for the whole machine; absent where the OS does not tell. */
    Map<String, Optional<Duration>> now() {
        Map<String, Optional<Duration>> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())));
        cpu.put(MACHINE, machineBusy());
        return cpu;
    }

    /**
     * CPU seconds used between two readings, per process, for the whole machine and — when all three
     * processes are watched — for everything else; -1 where unknown.
     */
    static Map<String, Double> between(Map<String, Optional<Duration>> before, Map<String, Optional<Duration>> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        before.forEach((name, start) -> {
            Optional<Duration> end = after.getOrDefault(name, Optional.empty());
            used.put(name, start.isPresent() && end.isPresent() ? end.get().minus(start.get()).toMillis() / 1000.0 : -1);
        });
        boolean allKnown = used.size() == 4 && used.values().stream().allMatch(v -> v >= 0);
        if (allKnown) {
            double watched = used.entrySet().stream().filter(e -> !e.getKey().equals(MACHINE))
                    .mapToDouble(Map.Entry::getValue).sum();
            used.put(OTHERS, Math.max(0, used.get(MACHINE) - watched));
        }
        return used;
    }

    /** All CPUs' non-idle time since boot: user, nice, system, irq, softirq, steal. */
    private static Optional<Duration> machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(f[i]);
            }
            return Optional.of(Duration.ofMillis(Math.round(ticks / TICKS_PER_SECOND * 1000)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
