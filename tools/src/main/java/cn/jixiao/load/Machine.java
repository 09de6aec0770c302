package cn.jixiao.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the machine for the report (Linux /proc). */
final class Machine {

    private Machine() {
    }

    static String facts() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, " + memory() + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        String line = read("/proc/loadavg");
        if (line == null) {
            return "?";
        }
        String[] parts = line.trim().split("\\s+");
        return parts[0] + " / " + parts[1] + " / " + parts[2];
    }

    private static String memory() {
        String info = read("/proc/meminfo");
        if (info == null) {
            return "?";
        }
        for (String line : info.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "?";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return null;
        }
    }
}
