package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

class DeviationRulesTest {

    private static ObjectNode monitoringExecuted(String executed) {
        return set(set(Forms.monitoring(), "budget.executed.total", num(executed)), "budget.executed.main", null);
    }

    private static ObjectNode evaluationExecuted(String executed) {
        var f = set(set(Forms.evaluation(), "budget.executed.total", num(executed)), "budget.executed.main", null);
        return set(f, "report.executedExpense", num(executed));
    }

    // ---------------------------------------------------------------- monitoring: time progress 50, margin 20

    /** planned 1000: the rate must not fall below 50 − 20 = 30. */
    @ParameterizedTest
    @CsvSource({"300, false", "299.99, true", "500, false", "0, true"})
    void monitoringExecutionRateBehindTimeProgress(String executed, boolean required) {
        ValidationResult r = Forms.validate(monitoringExecuted(executed));
        assertThat(r.computed().deviationRequired()).as(executed).isEqualTo(required);
        assertThat(findings(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).extracting(Finding::path)
                .isEqualTo(required ? java.util.List.of("deviation.reason", "deviation.measures") : java.util.List.of());
        if (required) {
            Finding e = findings(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.message()).contains("预算执行率").contains("50.00%").contains("30.00%");
        }
    }

    @Test
    void explainedDeviationIsNoErrorButStillRequired() {
        var f = monitoringExecuted("100");
        set(f, "deviation.reason", "上级资金拨付滞后");
        set(f, "deviation.measures", "加快资金拨付进度");
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isFalse();
        assertThat(r.computed().deviationRequired()).isTrue();
        // only the measures missing
        ValidationResult half = Forms.validate(set(f, "deviation.measures", "/"));
        assertThat(findings(half, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).extracting(Finding::path)
                .containsExactly("deviation.measures");
    }

    @ParameterizedTest
    @ValueSource(strings = {"无", "/", "／", " 无。", "", "  ", "—", "暂无"})
    void placeholderTextsCountAsEmpty(String text) {
        var f = monitoringExecuted("100");
        set(f, "deviation.reason", text);
        set(f, "deviation.measures", "加快资金拨付进度");
        assertThat(findings(Forms.validate(f), RuleCode.DEVIATION_EXPLANATION_REQUIRED)).extracting(Finding::path)
                .containsExactly("deviation.reason");
    }

    /** indicators[0]: ≥10000人 — a count — must not fall below 30 %. */
    @ParameterizedTest
    @CsvSource({"3000人, false", "2999人, true", "0.3万人, false", "0.2999万人, true"})
    void monitoringCountIndicatorBehindTimeProgress(String actual, boolean required) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[0].actual", actual));
        assertThat(r.computed().deviationRequired()).as(actual).isEqualTo(required);
        assertThat(has(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isEqualTo(required);
        if (required) {
            assertThat(findings(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED).get(0).message()).contains("参保人数");
        }
    }

    @Test
    void monitoringPercentRangeQualitativeAndNotDueIndicatorsDoNotTrigger() {
        assertThat(Forms.validate(set(Forms.monitoring(), "indicators[1].actual", "10%")).computed()
                .deviationRequired()).isFalse(); // ≥95% target: a percentage
        assertThat(Forms.validate(set(Forms.monitoring(), "indicators[5].target", "95-105万元")).computed()
                .deviationRequired()).isFalse(); // a range
        var notDue = set(set(Forms.monitoring(), "indicators[0].actual", "10人"), "indicators[0].notDue", true);
        assertThat(Forms.validate(notDue).computed().deviationRequired()).isFalse();
        // an amount unit triggers like a count
        var amount = set(set(Forms.monitoring(), "indicators[0].target", "≥800万元"), "indicators[0].actual", "200万元");
        assertThat(Forms.validate(amount).computed().deviationRequired()).isTrue();
        // 反向 count: ≤10次 with 20次 → achievement 0
        var reverse = set(set(Forms.monitoring(), "indicators[0].target", "≤10次"), "indicators[0].actual", "20次");
        assertThat(Forms.validate(reverse).computed().deviationRequired()).isTrue();
    }

    @Test
    void deviationMarginIsASetting() {
        var f = monitoringExecuted("350"); // rate 35: above 50 − 20, below 50 − 10
        assertThat(Forms.validate(f).computed().deviationRequired()).isFalse();
        ValidationSettings tight = ValidationSettings.defaults().withOverrides(Map.of("deviation.margin", "10"));
        ValidationResult r = Forms.validate(f, tight);
        assertThat(r.computed().deviationRequired()).isTrue();
        assertThat(has(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isTrue();
    }

    @Test
    void timeProgressFollowsTheMonth() {
        // month 9: time progress 75, threshold 55; rate 50 now triggers
        var f = set(Forms.monitoring(), "monitorMonth", 9);
        assertThat(Forms.validate(f).computed().deviationRequired()).isTrue();
        assertThat(Forms.validate(f).computed().timeProgress()).isEqualByComparingTo("75");
    }

    // ---------------------------------------------------------------- evaluation: [95, 105] and 90

    @ParameterizedTest
    @CsvSource({"950, false", "949.99, true", "1050, false", "1050.01, true", "1000, false", "600, true"})
    void evaluationExecutionRateOutsideRange(String executed, boolean required) {
        ValidationResult r = Forms.validate(evaluationExecuted(executed));
        assertThat(r.computed().deviationRequired()).as(executed).isEqualTo(required);
        assertThat(has(r, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isEqualTo(required);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 9000人  | false",
        "0 | 8999人  | true",
        "7 | 81%     | false",
        "7 | 80.99%  | true",
        "4 | 85.5%   | false",
        "4 | 85.49%  | true",
        "3 | 580元/人 | false",
        "3 | 638元/人 | false",
        "3 | 639元/人 | true"})
    void evaluationQuantitativeIndicatorBelowFloor(int index, String actual, boolean required) {
        // 0: ≥10000人; 7: ≥90% (81/90 = 90 %); 4: range 95–105 % (85.5/95 = 90 %);
        // 3: ≤580元/人 (638 → (2 − 1.1) × 100 = 90 %)
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "indicators[" + index + "].actual", actual));
        assertThat(r.computed().deviationRequired()).as(actual).isEqualTo(required);
    }

    @Test
    void evaluationSettingsChangeTheOutcome() {
        var f = evaluationExecuted("920");
        assertThat(Forms.validate(f).computed().deviationRequired()).isTrue();
        ValidationSettings wide = ValidationSettings.defaults()
                .withOverrides(Map.of("evaluation.executionRate.min", "90"));
        assertThat(Forms.validate(f, wide).computed().deviationRequired()).isFalse();
        var g = set(Forms.evaluation(), "indicators[0].actual", "9400人");
        assertThat(Forms.validate(g).computed().deviationRequired()).isFalse();
        ValidationSettings strict = ValidationSettings.defaults()
                .withOverrides(Map.of("evaluation.achievement.floor", "95"));
        assertThat(Forms.validate(g, strict).computed().deviationRequired()).isTrue();
    }

    // ---------------------------------------------------------------- over-achievement

    @ParameterizedTest
    @CsvSource({"12999人, false", "13000人, true", "20000人, true"})
    void overAchievementWithoutReason(String actual, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "indicators[0].actual", actual));
        assertThat(has(r, RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).as(actual).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("indicators[0].actual");
            assertThat(w.message()).contains("参保人数").contains("130%");
        }
    }

    @Test
    void overAchievementExplainedOrNotSingleBound() {
        var f = set(Forms.evaluation(), "indicators[0].actual", "20000人");
        assertThat(has(Forms.validate(set(f, "deviation.reason", "参保扩面成效超出预期")),
                RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isFalse();
        assertThat(has(Forms.validate(set(f, "deviation.reason", "无")), RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isTrue();
        // a range far exceeded is not a single-bound target
        assertThat(has(Forms.validate(set(Forms.evaluation(), "indicators[4].target", "50%-60%")),
                RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isFalse();
        // = and bare targets count
        var eq = set(set(Forms.evaluation(), "indicators[0].target", "=10000人"), "indicators[0].actual", "13000人");
        assertThat(has(Forms.validate(eq), RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isTrue();
        var bare = set(set(Forms.evaluation(), "indicators[0].target", "10000人"), "indicators[0].actual", "13000人");
        assertThat(has(Forms.validate(bare), RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isTrue();
        // monitoring forms are not checked
        assertThat(has(Forms.validate(set(Forms.monitoring(), "indicators[0].actual", "20000人")),
                RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isFalse();
        // the threshold is a setting
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of("evaluation.overAchievement", "150"));
        assertThat(has(Forms.validate(set(Forms.evaluation(), "indicators[0].actual", "14000人"), s),
                RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED)).isFalse();
    }

    // ---------------------------------------------------------------- likelihood

    @ParameterizedTest
    @CsvSource({"确定能, false", "有可能, true", "完全不可能, true"})
    void likelihoodNeedsAnExplanation(String likelihood, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[0].likelihood", likelihood));
        assertThat(has(r, RuleCode.LIKELIHOOD_UNEXPLAINED)).isEqualTo(fires);
        if (fires) {
            Finding e = findings(r, RuleCode.LIKELIHOOD_UNEXPLAINED).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.path()).isEqualTo("indicators[0].likelihood");
            assertThat(e.message()).contains(likelihood);
        }
    }

    @Test
    void likelihoodExplained() {
        var f = set(Forms.monitoring(), "indicators[0].likelihood", "有可能");
        set(f, "deviation.reason", "参保扩面进度慢");
        assertThat(has(Forms.validate(f), RuleCode.LIKELIHOOD_UNEXPLAINED)).isTrue(); // measures missing
        set(f, "deviation.measures", "加大宣传力度");
        assertThat(has(Forms.validate(f), RuleCode.LIKELIHOOD_UNEXPLAINED)).isFalse();
    }
}
