package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports 1,000 forms as one .xlsx (a sheet per form + 汇总) and as a .zip of PDFs, and prints the times.
 * Not part of the normal run: tagged {@code benchmark} and enabled only with {@code -Djixiao.benchmark=true}:
 * <pre>./mvnw -B -o -q -pl backend test -Dtest=ExportBenchmark -Djixiao.benchmark=true</pre>
 * {@code -Djixiao.benchmark.forms=N} changes the count.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "jixiao.benchmark", matches = "true")
class ExportBenchmark {

    /** Counts bytes and drops them, so that what is measured is the export, not a byte array growing. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    static List<ExportItem> forms(int n) {
        List<String> names = Fixtures.all();
        List<ExportItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            FormDocument f = Fixtures.load(names.get(i % names.size()));
            FormDocument doc = new FormDocument(f.schema(), f.type(), f.year(), f.monitorMonth(),
                    f.unit() + "（" + (i / names.size() + 1) + "）", f.project(), f.fund(), f.amountUnit(),
                    f.budget(), f.goal(), f.indicators(), f.deviation(), f.report(), f.filler());
            ExportMeta meta = i % 2 == 0 ? new ExportMeta(String.valueOf(i), "已签发", null, "领导" + i,
                    OffsetDateTime.parse("2021-03-05T10:20:00+08:00"), "ab".repeat(32))
                    : new ExportMeta(String.valueOf(i), "审核中", null, null, null, null);
            items.add(new ExportItem(doc, meta));
        }
        return items;
    }

    @Test
    void export1000Forms() {
        int n = Integer.getInteger("jixiao.benchmark.forms", 1000);
        List<ExportItem> items = forms(n);
        FormXlsxExporter xlsx = new FormXlsxExporter();
        FormPdfExporter pdf = new FormPdfExporter();
        // warm-up: class loading, font parsing, JIT
        xlsx.exportBulk(items.subList(0, 50), new Counting());
        pdf.exportZip(items.subList(0, 50), new Counting());

        Runtime rt = Runtime.getRuntime();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            System.gc();
            Counting out = new Counting();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            xlsx.exportBulk(items, out);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long heapAfterXlsx = rt.totalMemory() - rt.freeMemory();
            System.out.printf(Locale.ROOT,
                    "BENCH round %d: xlsx bulk %d forms: wall %.2f s, cpu %.2f s, %.1f MB, heap after %d MB%n",
                    round, n, (t1 - t0) / 1e9, (c1 - c0) / 1e9, out.bytes / 1e6, heapAfterXlsx >> 20);
            System.gc();
            Counting zip = new Counting();
            long c2 = cpu.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            pdf.exportZip(items, zip);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT,
                    "BENCH round %d: pdf zip %d forms: wall %.2f s, cpu %.2f s, %.1f MB (cpu %.1f ms/form)%n",
                    round, n, (t3 - t2) / 1e9, (c3 - c2) / 1e9, zip.bytes / 1e6, (c3 - c2) / 1e6 / n);
        }
        int single = Math.min(200, n);
        long c4 = cpu.getCurrentThreadCpuTime();
        for (ExportItem item : items.subList(0, single)) {
            xlsx.export(item.form(), item.meta(), new Counting());
        }
        long c5 = cpu.getCurrentThreadCpuTime();
        for (ExportItem item : items.subList(0, single)) {
            pdf.export(item.form(), item.meta(), new Counting());
        }
        long c6 = cpu.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "BENCH single form: xlsx cpu %.1f ms, pdf cpu %.1f ms (mean of %d)%n",
                (c5 - c4) / 1e6 / single, (c6 - c5) / 1e6 / single, single);
        System.out.println("BENCH cores=" + rt.availableProcessors() + " maxHeap=" + (rt.maxMemory() >> 20) + "MB"
                + " font=" + CjkFont.source());
    }
}
