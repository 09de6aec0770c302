package cn.jixiao.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TolerancesTest {

    private final Tolerances t = new Tolerances(ValidationSettings.defaults());

    @ParameterizedTest
    @CsvSource({"100, 100.02, true", "100, 99.98, true", "100, 100.021, false", "100, 99.979, false"})
    void amounts(String a, String b, boolean equal) {
        assertThat(t.amountsEqual(new BigDecimal(a), new BigDecimal(b))).isEqualTo(equal);
    }

    @Test
    void sumToleranceGrowsWithTheNumberOfItems() {
        assertThat(t.sumTolerance(1)).isEqualByComparingTo("0.01");
        assertThat(t.sumTolerance(2)).isEqualByComparingTo("0.015");
        assertThat(t.sumTolerance(6)).isEqualByComparingTo("0.035");
        assertThat(t.sumMatches(new BigDecimal("11346.295"), 6, new BigDecimal("11346.26"))).isTrue();
        assertThat(t.sumMatches(new BigDecimal("11346.296"), 6, new BigDecimal("11346.26"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"68.77, 68.7716, true", "68.78, 68.7716, false", "69, 68.7716, true", "68, 68.7716, true",
        "68.8, 68.7716, true", "68.7, 68.7716, true", "68.6, 68.7716, false", "103.87, 103.8667, true",
        "103.86, 103.8667, true", "103.85, 103.8667, false", "100.0, 100, true", "100.00, 99.999, true"})
    void statedPercentages(String stated, String computed, boolean matches) {
        assertThat(Tolerances.percentMatches(new BigDecimal(stated), new BigDecimal(computed))).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"86, 86.21, true", "87, 86.0, true", "85, 86.0, true", "87.01, 86, false", "84.99, 86, false"})
    void completionRates(String stated, String computed, boolean matches) {
        assertThat(t.rateMatches(new BigDecimal(stated), new BigDecimal(computed))).isEqualTo(matches);
    }
}
