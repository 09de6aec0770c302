package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"budget.planned.other", "budget.arrived.other", "budget.executed.other"})
    void negativeAmount(String path) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), path, num("-0.01")));
        Finding f = findings(r, RuleCode.BUDGET_NEGATIVE).get(0);
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("-0.01");
        assertThat(has(Forms.validate(set(Forms.monitoring(), path, num("0"))), RuleCode.BUDGET_NEGATIVE)).isFalse();
    }

    @Test
    void negativeTotalsOnEveryForm() {
        var t = set(set(Forms.target(), "budget.planned.total", num("-1")), "budget.planned.main", num("-1"));
        assertThat(findings(Forms.validate(t), RuleCode.BUDGET_NEGATIVE)).extracting(Finding::path)
                .containsExactly("budget.planned.total", "budget.planned.main");
        var e = set(Forms.evaluation(), "budget.executed.main", num("-5"));
        assertThat(findings(Forms.validate(e), RuleCode.BUDGET_NEGATIVE)).extracting(Finding::path)
                .containsExactly("budget.executed.main");
    }

    /** planned: total 1000 = main + other (two stated items: tolerance 0.005 × 3 = 0.015). */
    @ParameterizedTest
    @CsvSource({"1000, false", "999.985, false", "1000.015, false", "999.984, true", "1000.016, true", "900, true"})
    void splitWithMainAndOther(String main, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "budget.planned.main", num(main)));
        assertThat(has(r, RuleCode.BUDGET_SPLIT_MISMATCH)).as(main).isEqualTo(fires);
        if (fires) {
            Finding f = findings(r, RuleCode.BUDGET_SPLIT_MISMATCH).get(0);
            assertThat(f.path()).isEqualTo("budget.planned.main");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        }
    }

    /** arrived: total 600, main 600, other null — two amounts, equal within 0.02. */
    @ParameterizedTest
    @CsvSource({"600, false", "600.02, false", "599.98, false", "600.03, true", "599.97, true"})
    void splitWithMainOnly(String main, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "budget.arrived.main", num(main)));
        assertThat(has(r, RuleCode.BUDGET_SPLIT_MISMATCH)).as(main).isEqualTo(fires);
    }

    @Test
    void splitMessageAndNoCheckWithoutMain() {
        var f = set(Forms.target(), "budget.planned.other", num("100"));
        Finding finding = findings(Forms.validate(f), RuleCode.BUDGET_SPLIT_MISMATCH).get(0);
        assertThat(finding.message()).isEqualTo("预算数的主要来源 1000.00 + 其他来源 100.00 = 1100.00 万元，与合计 1000.00 万元不符");
        var g = set(set(Forms.target(), "budget.planned.main", null), "budget.planned.other", num("5"));
        assertThat(has(Forms.validate(g), RuleCode.BUDGET_SPLIT_MISMATCH)).isFalse();
    }

    /** planned 1000. */
    @ParameterizedTest
    @CsvSource({"1000, false", "1000.02, false", "1000.03, true", "1200, true"})
    void arrivedAbovePlanned(String arrived, boolean fires) {
        var f = set(set(Forms.monitoring(), "budget.arrived.total", num(arrived)), "budget.arrived.main", null);
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.BUDGET_ARRIVED_EXCEEDS_PLANNED)).as(arrived).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.BUDGET_ARRIVED_EXCEEDS_PLANNED).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("budget.arrived.total");
        }
    }

    /** arrived 600. */
    @ParameterizedTest
    @CsvSource({"600, false", "600.02, false", "600.03, true", "700, true"})
    void executedAboveArrived(String executed, boolean fires) {
        var f = set(set(Forms.monitoring(), "budget.executed.total", num(executed)), "budget.executed.main", null);
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.BUDGET_EXECUTED_EXCEEDS_ARRIVED)).as(executed).isEqualTo(fires);
        if (fires) {
            Finding e = findings(r, RuleCode.BUDGET_EXECUTED_EXCEEDS_ARRIVED).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.path()).isEqualTo("budget.executed.total");
        }
    }

    @Test
    void executedAboveArrivedMessage() {
        var f = Forms.monitoring();
        set(f, "budget.planned.total", num("10000"));
        set(f, "budget.planned.main", num("10000"));
        set(f, "budget.arrived.total", num("6000"));
        set(f, "budget.arrived.main", null);
        set(f, "budget.executed.total", num("7800"));
        set(f, "budget.executed.main", null);
        Finding e = findings(Forms.validate(f), RuleCode.BUDGET_EXECUTED_EXCEEDS_ARRIVED).get(0);
        assertThat(e.message()).isEqualTo("执行数 7800.00 万元超过到位数 6000.00 万元");
    }

    @Test
    void arrivedAndExecutedRulesOnlyOnMonitoring() {
        var e = set(set(Forms.evaluation(), "budget.executed.total", num("5000")), "budget.executed.main", null);
        ValidationResult r = Forms.validate(e);
        assertThat(has(r, RuleCode.BUDGET_EXECUTED_EXCEEDS_ARRIVED)).isFalse();
        assertThat(has(r, RuleCode.BUDGET_ARRIVED_EXCEEDS_PLANNED)).isFalse();
    }

    @Test
    void amountToleranceIsASetting() {
        var f = set(Forms.monitoring(), "budget.arrived.main", num("600.01"));
        assertThat(has(Forms.validate(f), RuleCode.BUDGET_SPLIT_MISMATCH)).isFalse();
        ValidationSettings strict = ValidationSettings.defaults().withOverrides(Map.of("tolerance.amount", "0"));
        assertThat(has(Forms.validate(f, strict), RuleCode.BUDGET_SPLIT_MISMATCH)).isTrue();
    }
}
