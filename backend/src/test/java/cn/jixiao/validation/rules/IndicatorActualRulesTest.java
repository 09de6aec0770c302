package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.jixiao.validation.Forms.REMOVE;
import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorActualRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "/", "／", "—", "人", "万人", "%"})
    void actualWithoutValueIsMissing(String actual) {
        for (var form : java.util.List.of(Forms.monitoring(), Forms.evaluation())) {
            ValidationResult r = Forms.validate(set(form, "indicators[0].actual", actual));
            assertThat(findings(r, RuleCode.INDICATOR_ACTUAL_MISSING)).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("indicators[0].actual");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("参保人数");
            });
        }
    }

    @Test
    void nullActualIsMissing() {
        assertThat(has(Forms.validate(set(Forms.monitoring(), "indicators[3].actual", REMOVE)),
                RuleCode.INDICATOR_ACTUAL_MISSING)).isTrue();
    }

    @Test
    void noneIsAValueAndNotDueIndicatorsNeedNoActual() {
        assertThat(has(Forms.validate(set(Forms.monitoring(), "indicators[3].actual", "无")),
                RuleCode.INDICATOR_ACTUAL_MISSING)).isFalse();
        var f = set(Forms.monitoring(), "indicators[0].notDue", true);
        assertThat(has(Forms.validate(set(f, "indicators[0].actual", "/")), RuleCode.INDICATOR_ACTUAL_MISSING)).isFalse();
        // notDue false is due
        var g = set(Forms.monitoring(), "indicators[6].notDue", false);
        assertThat(has(Forms.validate(g), RuleCode.INDICATOR_ACTUAL_MISSING)).isTrue();
    }

    @Test
    void targetFormsHaveNoActuals() {
        assertThat(has(Forms.validate(Forms.target()), RuleCode.INDICATOR_ACTUAL_MISSING)).isFalse();
    }

    /** Target of indicators[0] is ≥10000人. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5000人     | false",
        "0.5万人    | false",
        "5000       | false",
        "≥5000人    | false",
        "5000人次   | true",
        "0.5万元    | true",
        "5000户     | true",
        "50%        | true",
        "5000元/人  | true",
        "完成       | false"})
    void unitMismatch(String actual, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[0].actual", actual));
        assertThat(has(r, RuleCode.INDICATOR_UNIT_MISMATCH)).as(actual).isEqualTo(fires);
        if (fires) {
            Finding f = findings(r, RuleCode.INDICATOR_UNIT_MISMATCH).get(0);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("indicators[0].actual");
            assertThat(f.message()).contains(actual).contains("≥10000人");
        }
    }

    @Test
    void tenThousandPeopleVersusTenThousandYuan() {
        var f = set(Forms.evaluation(), "indicators[0].target", "13.85万人");
        assertThat(has(Forms.validate(set(f, "indicators[0].actual", "15.92万元")), RuleCode.INDICATOR_UNIT_MISMATCH)).isTrue();
        assertThat(has(Forms.validate(set(f, "indicators[0].actual", "159200人")), RuleCode.INDICATOR_UNIT_MISMATCH)).isFalse();
        // ranges carry a unit too
        var g = set(Forms.evaluation(), "indicators[4].actual", "100人");
        assertThat(has(Forms.validate(g), RuleCode.INDICATOR_UNIT_MISMATCH)).isTrue();
    }
}
