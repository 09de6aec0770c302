package cn.jixiao.validation.bench;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the validation engine on the largest fixture (the EVALUATION form with its report, 15
 * indicators): {@link #validate()} validates an already parsed document, {@link #readAndValidate()} also reads
 * the JSON text strictly. Target: ≥ 20,000 forms/s on one core.
 *
 * <p>Run: {@code mvn -Pbench test-compile} (the {@code bench} profile runs JMH after compiling the tests) or
 * {@code java -cp <test classpath> org.openjdk.jmh.Main ValidationBenchmark -f 1 -wi 3 -i 5 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ValidationBenchmark {

    /** The fixtures; the largest one (by JSON size) is benchmarked. */
    private static final List<String> FIXTURES = List.of(
            "fixtures/evaluation/kashgar-city-resident-pension-2020.json",
            "fixtures/monitoring/kashgar-pref-employee-medical-2020-09.json",
            "fixtures/monitoring/kashgar-pref-enterprise-pension-2020-09.json",
            "fixtures/target/kashgar-pref-employee-medical-2021.json",
            "fixtures/target/kashgar-pref-resident-pension-2021.json");

    private String json;
    private FormDocument document;
    private FormDocumentReader reader;
    private FormValidator validator;
    private ValidationSettings settings;

    @Setup
    public void setUp() {
        json = FIXTURES.stream().map(ValidationBenchmark::load)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        reader = new FormDocumentReader();
        validator = new FormValidator();
        settings = ValidationSettings.defaults();
        document = reader.read(json);
    }

    @Benchmark
    public ValidationResult validate() {
        return validator.validate(document, settings);
    }

    @Benchmark
    public ValidationResult readAndValidate() {
        return validator.validate(reader.read(json), settings);
    }

    private static String load(String resource) {
        try (InputStream in = ValidationBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
