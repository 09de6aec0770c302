package cn.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real tables from shared/fixtures, copied into the test resources. */
public final class Fixtures {

    public static final String MONITORING_MEDICAL = "monitoring/kashgar-pref-employee-medical-2020-09.json";
    public static final String MONITORING_PENSION = "monitoring/kashgar-pref-enterprise-pension-2020-09.json";
    public static final String EVALUATION_PENSION = "evaluation/kashgar-city-resident-pension-2020.json";
    public static final String TARGET_MEDICAL = "target/kashgar-pref-employee-medical-2021.json";

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
