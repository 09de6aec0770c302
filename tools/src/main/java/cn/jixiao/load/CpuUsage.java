package cn.jixiao.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** CPU time used by the processes we watch (this program, and jixiao and MariaDB when their pid is given). */
final class CpuUsage {

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

    /** CPU seconds so far, per watched process; absent where the OS does not tell. */
    Map<String, Optional<Duration>> now() {
        Map<String, Optional<Duration>> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name,
                ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())));
        return cpu;
    }

    /** CPU seconds used between two readings, per process; -1 where unknown. */
    static Map<String, Double> between(Map<String, Optional<Duration>> before, Map<String, Optional<Duration>> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        before.forEach((name, start) -> {
            Optional<Duration> end = after.getOrDefault(name, Optional.empty());
            used.put(name, start.isPresent() && end.isPresent() ? end.get().minus(start.get()).toMillis() / 1000.0 : -1);
        });
        return used;
    }
}
