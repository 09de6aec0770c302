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

class IndicatorTargetRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/", "／", "-", "人", "万人", "%"})
    void targetWithoutValueIsMissingOnEveryForm(String target) {
        for (var form : java.util.List.of(Forms.target(), Forms.monitoring(), Forms.evaluation())) {
            ValidationResult r = Forms.validate(set(form, "indicators[1].target", target));
            assertThat(findings(r, RuleCode.INDICATOR_TARGET_MISSING)).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("indicators[1].target");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
        }
    }

    @Test
    void nullTargetIsMissing() {
        assertThat(has(Forms.validate(set(Forms.target(), "indicators[2].target", REMOVE)),
                RuleCode.INDICATOR_TARGET_MISSING)).isTrue();
        assertThat(has(Forms.validate(set(Forms.target(), "indicators[2].target", "无")),
                RuleCode.INDICATOR_TARGET_MISSING)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"按时完成", "应保尽保", "每月25日前", "无"})
    void quantityIndicatorOnTargetMustHaveANumber(String target) {
        ValidationResult r = Forms.validate(set(Forms.target(), "indicators[0].target", target));
        Finding f = findings(r, RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED).get(0);
        assertThat(f.path()).isEqualTo("indicators[0].target");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("参保人数").contains(target);
    }

    @Test
    void notQuantifiedOnlyForQuantityIndicatorsOnTargetForms() {
        assertThat(has(Forms.validate(set(Forms.target(), "indicators[0].target", "95%-105%")),
                RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED)).isFalse();
        assertThat(has(Forms.validate(set(Forms.target(), "indicators[1].target", "按时完成")),
                RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED)).isFalse(); // 质量指标
        assertThat(has(Forms.validate(set(Forms.monitoring(), "indicators[0].target", "按时完成")),
                RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED)).isFalse();
        // a missing target is reported as missing, not as not quantified
        ValidationResult r = Forms.validate(set(Forms.target(), "indicators[0].target", "/"));
        assertThat(has(r, RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED)).isFalse();
        assertThat(has(r, RuleCode.INDICATOR_TARGET_MISSING)).isTrue();
    }

    /** planned.total is 1000 万元; amounts are equal within 0.02. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1000万元        | false",
        "1000.02万元     | false",
        "1000.03万元     | true",
        "≥1000.03万元    | true",
        "0.1亿元         | false",
        "0.1000003亿元   | false",
        "0.100003亿元    | true",
        "10000200元      | false",
        "10000300元      | true",
        "1000.03万元/人  | false",
        "1000.03万人     | false",
        "900-1000.03万元 | true"})
    void targetAmountAboveBudget(String target, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.target(), "indicators[1].target", target));
        assertThat(has(r, RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET)).as(target).isEqualTo(fires);
        if (fires) {
            Finding f = findings(r, RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET).get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("indicators[1].target");
            assertThat(f.message()).contains("1000.03 万元").contains("1000.00 万元");
        }
    }

    @Test
    void targetAmountRuleOnlyOnTargetForms() {
        assertThat(has(Forms.validate(set(Forms.monitoring(), "indicators[0].target", "2000万元")),
                RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET)).isFalse();
    }

    @Test
    void amountUnitInYuanOrYi() {
        var f = set(set(Forms.target(), "amountUnit", "元"), "budget.planned.total", Forms.num("10000000"));
        set(f, "budget.planned.main", Forms.num("10000000"));
        assertThat(has(Forms.validate(set(f, "indicators[1].target", "1000.03万元")),
                RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET)).isTrue();
        assertThat(has(Forms.validate(set(f, "indicators[1].target", "1000万元")),
                RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET)).isFalse();
        // an amount unit that is not money: the rule cannot compare and stays silent
        assertThat(has(Forms.validate(set(set(Forms.target(), "amountUnit", "人"), "indicators[1].target", "99999万元")),
                RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET)).isFalse();
    }
}
