package cn.jixiao.validation.bench;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * A companion to {@link ValidationBenchmark} for shared, busy machines where JMH's wall-clock throughput mostly
 * measures the other processes: it runs the same two operations on one thread and divides by the thread's CPU
 * time. Not a JMH benchmark; run with
 * {@code java -cp <test classpath> cn.jixiao.validation.bench.CpuTimeProbe [seconds]}.
 */
public final class CpuTimeProbe {

    private static volatile Object sink;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        String json;
        try (InputStream in = CpuTimeProbe.class.getClassLoader()
                .getResourceAsStream("fixtures/evaluation/kashgar-city-resident-pension-2020.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FormDocumentReader reader = new FormDocumentReader();
        FormValidator validator = new FormValidator();
        ValidationSettings settings = ValidationSettings.defaults();
        FormDocument doc = reader.read(json);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();

        // warm-up: both paths, until the JIT has settled
        for (int i = 0; i < 200_000; i++) {
            sink = validator.validate(doc, settings);
            if (i % 4 == 0) {
                sink = validator.validate(reader.read(json), settings);
            }
        }
        for (String mode : new String[] {"validate", "readAndValidate"}) {
            for (int round = 1; round <= 5; round++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long ops = 0;
                long budget = (long) (seconds / 5 * 1e9);
                while (mx.getCurrentThreadCpuTime() - cpu0 < budget) {
                    for (int k = 0; k < 1000; k++) {
                        ValidationResult r = mode.equals("validate")
                                ? validator.validate(doc, settings)
                                : validator.validate(reader.read(json), settings);
                        sink = r;
                    }
                    ops += 1000;
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                System.out.printf("%-16s round %d: %,10.0f ops per CPU-second (%,7.0f ns CPU/op; wall %,10.0f ops/s)%n",
                        mode, round, ops / (cpu / 1e9), cpu / (double) ops, ops / (wall / 1e9));
            }
        }
    }
}
