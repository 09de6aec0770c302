package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class ExecutionRateRulesTest {

    /** executed 725.79 / planned 1000 = 72.579 %: rounded or truncated to the stated decimals. */
    @ParameterizedTest
    @CsvSource({"72.58, false", "72.57, false", "72.6, false", "72.5, false", "73, false", "72, false",
        "72.579, false", "72.5790, false", "72.59, true", "72.56, true", "72.4, true", "74, true", "71, true",
        "72.580, true"})
    void statedExecutionRate(String stated, boolean fires) {
        var f = Forms.monitoring();
        set(f, "budget.executed.total", num("725.79"));
        set(f, "budget.executed.main", null);
        set(f, "budget.arrived.total", num("800"));
        set(f, "budget.arrived.main", null);
        set(f, "budget.executionRate", num(stated));
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.EXECUTION_RATE_MISMATCH)).as(stated).isEqualTo(fires);
        if (fires) {
            Finding e = findings(r, RuleCode.EXECUTION_RATE_MISMATCH).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.path()).isEqualTo("budget.executionRate");
            assertThat(e.message()).contains(stated).contains("72.58%");
        }
    }

    @Test
    void evaluationToo() {
        assertThat(has(Forms.validate(set(Forms.evaluation(), "budget.executionRate", num("99"))),
                RuleCode.EXECUTION_RATE_MISMATCH)).isTrue();
        assertThat(has(Forms.validate(set(Forms.evaluation(), "budget.executionRate", num("100.00"))),
                RuleCode.EXECUTION_RATE_MISMATCH)).isFalse();
        assertThat(has(Forms.validate(set(Forms.evaluation(), "budget.executionRate", null)),
                RuleCode.EXECUTION_RATE_MISMATCH)).isFalse();
    }

    @Test
    void notComparableWhenPlannedIsZero() {
        var f = set(set(Forms.monitoring(), "budget.planned.total", num("0")), "budget.planned.main", num("0"));
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.EXECUTION_RATE_MISMATCH)).isFalse();
        assertThat(r.computed().executionRate()).isNull();
    }

    /** execution rate of the clean monitoring form: 50. indicators[5] is 基金支出预算执行率. */
    @ParameterizedTest
    @CsvSource({"50%, false", "50.00%, false", "50, false", "≥50%, false", "50.4%, true", "51%, true",
        "49.99%, true", "49%, true", "按时执行, false"})
    void indicatorNamedExpenditureExecutionRate(String actual, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[5].actual", actual));
        assertThat(has(r, RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).as(actual).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.EXEC_RATE_INDICATOR_MISMATCH).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("indicators[5].actual");
            assertThat(w.message()).contains("50.00%");
        }
    }

    @Test
    void onlyIndicatorsWhoseNameContainsTheMarker() {
        // 基本养老保险预算执行率 is an income/overall execution rate: not compared (see the enterprise-pension fixture)
        var f = set(Forms.monitoring(), "indicators[5].name", "基本养老保险预算执行率");
        assertThat(has(Forms.validate(set(f, "indicators[5].actual", "79.42%")), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isFalse();
        var g = set(Forms.monitoring(), "indicators[5].name", "基本医疗保险支出预算执行率");
        assertThat(has(Forms.validate(set(g, "indicators[5].actual", "79.42%")), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isTrue();
        var h = set(set(Forms.monitoring(), "indicators[5].notDue", true), "indicators[5].actual", "79.42%");
        assertThat(has(Forms.validate(h), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isFalse();
        var e = set(Forms.evaluation(), "indicators[4].actual", "98%");
        assertThat(has(Forms.validate(e), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isTrue();
    }
}
