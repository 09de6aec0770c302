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

import java.util.Map;

import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

/** Clean monitoring form: month 6 (time progress 50); indicators[0] is ≥10000人. */
class CompletionRateRulesTest {

    /** actual 5000人: achievement 50; candidates 50, 50, 25, 25; tolerance ±1 inclusive. */
    @ParameterizedTest
    @CsvSource({"50, false", "51, false", "49, false", "51.01, true", "48.99, true",
        "25, false", "26, false", "24, false", "26.01, true", "23.99, true", "37, true", "100, true"})
    void statedRateAgainstAchievementAndTimeScaledAchievement(String stated, boolean fires) {
        var f = set(Forms.monitoring(), "indicators[0].completionRate", num(stated));
        set(f, "goal.completionRate", null); // keep OVERALL_RATE_MISMATCH out of the way
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.INDICATOR_RATE_MISMATCH)).as(stated).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.INDICATOR_RATE_MISMATCH).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("indicators[0].completionRate");
            assertThat(w.message()).contains("参保人数").contains(stated).contains("50.00%").contains("25.00%");
        }
    }

    /** actual 15000人: achievement 150; candidates 150, 100 (capped), 75, 50 (capped × time). */
    @ParameterizedTest
    @CsvSource({"150, false", "100, false", "75, false", "50, false", "49, false", "101, false",
        "60, true", "125, true", "112.5, true"})
    void overAchievementMayBeCappedAt100(String stated, boolean fires) {
        var f = set(Forms.monitoring(), "indicators[0].actual", "15000人");
        set(f, "indicators[0].completionRate", num(stated));
        set(f, "goal.completionRate", null);
        assertThat(has(Forms.validate(f), RuleCode.INDICATOR_RATE_MISMATCH)).as(stated).isEqualTo(fires);
    }

    @Test
    void reverseTargetUsesItsOwnAchievement() {
        // ≤0.1% with 0.2%: achievement max(0, 2 − 2) × 100 = 0 → only 0 (±1) matches
        var f = set(Forms.monitoring(), "indicators[4].actual", "0.2%");
        set(f, "goal.completionRate", null);
        assertThat(has(Forms.validate(set(f, "indicators[4].completionRate", num("0"))), RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
        assertThat(has(Forms.validate(set(f, "indicators[4].completionRate", num("50"))), RuleCode.INDICATOR_RATE_MISMATCH)).isTrue();
    }

    @Test
    void rangesQualitativeNotDueAndIncomparableAreNotChecked() {
        var f = Forms.monitoring();
        set(f, "goal.completionRate", null);
        set(f, "indicators[5].completionRate", num("10"));  // range target
        set(f, "indicators[2].completionRate", num("0"));   // qualitative
        set(f, "indicators[6].completionRate", num("3"));   // not due
        assertThat(has(Forms.validate(f), RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
        // ≤0.1% target, actual 无: not a comparable quantity
        var g = set(set(Forms.monitoring(), "indicators[4].actual", "无"), "indicators[4].completionRate", num("3"));
        set(g, "goal.completionRate", null);
        assertThat(has(Forms.validate(g), RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
        // units that differ: INDICATOR_UNIT_MISMATCH, not a rate mismatch
        var h = set(set(Forms.monitoring(), "indicators[0].actual", "5000元"), "goal.completionRate", null);
        ValidationResult r = Forms.validate(set(h, "indicators[0].completionRate", num("3")));
        assertThat(has(r, RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
        assertThat(has(r, RuleCode.INDICATOR_UNIT_MISMATCH)).isTrue();
    }

    @Test
    void unknownTimeProgressIsOnlyReportedAsAMissingMonth() {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "monitorMonth", 13));
        assertThat(has(r, RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
        assertThat(has(r, RuleCode.REQUIRED_FIELD_MISSING)).isTrue();
        assertThat(r.computed().timeProgress()).isNull();
    }

    @Test
    void onlyOnMonitoringForms() {
        var e = set(Forms.evaluation(), "indicators[0].completionRate", num("3"));
        assertThat(has(Forms.validate(e), RuleCode.INDICATOR_RATE_MISMATCH)).isFalse();
    }

    /** The stated rates of the due indicators average 50. */
    @ParameterizedTest
    @CsvSource({"50, false", "51, false", "49, false", "51.01, true", "48.99, true", "77, true"})
    void overallRateAgainstTheMeanOfDueIndicators(String stated, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "goal.completionRate", num(stated)));
        assertThat(has(r, RuleCode.OVERALL_RATE_MISMATCH)).as(stated).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.OVERALL_RATE_MISMATCH).get(0);
            assertThat(w.path()).isEqualTo("goal.completionRate");
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.message()).contains(stated).contains("50.00");
        }
    }

    @Test
    void notDueIndicatorsAreLeftOutOfTheMean() {
        // a not-due indicator with a stated rate of 0 does not pull the mean down
        var f = set(Forms.monitoring(), "indicators[6].completionRate", num("0"));
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.OVERALL_RATE_MISMATCH)).isFalse();
        assertThat(r.computed().overallCompletionRate()).isEqualByComparingTo("50");
        // when it becomes due, it counts: mean (6 × 50 + 0) / 7 = 42.86 (its missing actual is reported too)
        ValidationResult due = Forms.validate(set(f, "indicators[6].notDue", false));
        assertThat(has(due, RuleCode.OVERALL_RATE_MISMATCH)).isTrue();
        assertThat(due.computed().overallCompletionRate()).isEqualByComparingTo("43");
    }

    @Test
    void toleranceIsASetting() {
        var f = set(Forms.monitoring(), "goal.completionRate", num("52"));
        assertThat(has(Forms.validate(f), RuleCode.OVERALL_RATE_MISMATCH)).isTrue();
        ValidationSettings loose = ValidationSettings.defaults().withOverrides(Map.of("tolerance.completionRate", "2"));
        assertThat(has(Forms.validate(f, loose), RuleCode.OVERALL_RATE_MISMATCH)).isFalse();
    }
}
