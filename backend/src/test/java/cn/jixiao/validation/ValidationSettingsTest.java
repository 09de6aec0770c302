package cn.jixiao.validation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidationSettingsTest {

    @Test
    void defaultsAreThoseOfRulesMd() {
        ValidationSettings d = ValidationSettings.defaults();
        assertThat(d.deviationMargin()).isEqualByComparingTo("20");
        assertThat(d.evaluationExecutionRateMin()).isEqualByComparingTo("95");
        assertThat(d.evaluationExecutionRateMax()).isEqualByComparingTo("105");
        assertThat(d.evaluationAchievementFloor()).isEqualByComparingTo("90");
        assertThat(d.overAchievement()).isEqualByComparingTo("130");
        assertThat(d.amountTolerance()).isEqualByComparingTo("0.02");
        assertThat(d.sumToleranceFactor()).isEqualByComparingTo("0.005");
        assertThat(d.completionRateTolerance()).isEqualByComparingTo("1");
        assertThat(List.of(d.scoreExecutionRate(), d.scoreOutput(), d.scoreOutcome(), d.scoreSatisfaction()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("10"), num("50"), num("30"), num("10"));
        assertThat(List.of(d.qualitativeAchieved(), d.qualitativePartial(), d.qualitativeNotAchieved()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(num("100"), num("70"), num("30"));
        assertThat(List.of(d.qualitativeAchievedBandMin(), d.qualitativePartialBandMin()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(num("80"), num("60"));
        assertThat(List.of(d.gradeExcellent(), d.gradeGood(), d.gradeFair()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(num("90"), num("80"), num("60"));
        assertThat(d.executionRateIndicatorName()).isEqualTo("支出预算执行率");
        assertThat(d.completionWords()).containsExactly("达成", "完成", "按时", "平稳", "足额");
        assertThat(d.emptyMarkers()).contains("无", "/");
    }

    @Test
    void everyKeyIsDocumentedAndRoundTrips() {
        ValidationSettings d = ValidationSettings.defaults();
        Map<String, String> map = d.toMap();
        assertThat(map.keySet()).containsExactlyElementsOf(
                ValidationSettings.SETTINGS.stream().map(ValidationSettings.Setting::key).toList());
        ValidationSettings.SETTINGS.forEach(s -> {
            assertThat(s.description()).isNotBlank();
            assertThat(map.get(s.key())).isEqualTo(s.defaultValue());
            assertThat(ValidationSettings.isKnownKey(s.key())).isTrue();
        });
        assertThat(d.withOverrides(map)).isEqualTo(d);
        assertThat(d.withOverrides(Map.of())).isSameAs(d);
    }

    @Test
    void overridesReplaceOnlyTheGivenKeys() {
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of(
                "deviation.margin", "10", "tolerance.amount", " 0.05 ", "qualitative.completionWords", "达成，完成、到位"));
        assertThat(s.deviationMargin()).isEqualByComparingTo("10");
        assertThat(s.amountTolerance()).isEqualByComparingTo("0.05");
        assertThat(s.completionWords()).containsExactly("达成", "完成", "到位");
        assertThat(s.evaluationExecutionRateMin()).isEqualByComparingTo("95");
        assertThat(ValidationSettings.defaults().deviationMargin()).isEqualByComparingTo("20");
        Map<String, String> blank = new HashMap<>();
        blank.put("deviation.margin", null);
        blank.put("grade.good", " ");
        assertThat(ValidationSettings.defaults().withOverrides(blank)).isEqualTo(ValidationSettings.defaults());
    }

    @Test
    void badOverridesAreRejectedInChinese() {
        ValidationSettings d = ValidationSettings.defaults();
        assertThatThrownBy(() -> d.withOverrides(Map.of("deviation.marign", "10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deviation.marign");
        assertThatThrownBy(() -> d.withOverrides(Map.of("deviation.margin", "二十")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deviation.margin").hasMessageContaining("不是数字");
        assertThatThrownBy(() -> d.withOverrides(Map.of("evaluation.executionRate.min", "110")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withOverrides(Map.of("grade.good", "95")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withOverrides(Map.of("tolerance.amount", "-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withOverrides(Map.of("score.band.partial.min", "90")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overridingDeviationMarginChangesTheOutcome() {
        // monitoring at month 6 with execution rate 35: fine with margin 20 (35 ≥ 30), an ERROR with margin 10
        var f = set(set(Forms.monitoring(), "budget.executed.total", num("350")), "budget.executed.main", null);
        ValidationResult byDefault = Forms.validate(f);
        ValidationResult margin10 = Forms.validate(f, ValidationSettings.defaults()
                .withOverrides(Map.of("deviation.margin", "10")));
        assertThat(has(byDefault, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isFalse();
        assertThat(has(margin10, RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isTrue();
        assertThat(margin10.computed().deviationRequired()).isTrue();
    }

    @Test
    void overridingTheNameMarkerAndEmptyMarkers() {
        var f = set(set(Forms.monitoring(), "indicators[5].name", "资金执行率"), "indicators[5].actual", "60%");
        assertThat(has(Forms.validate(f), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isFalse();
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of("execRateIndicator.nameContains", "执行率"));
        assertThat(has(Forms.validate(f, s), RuleCode.EXEC_RATE_INDICATOR_MISMATCH)).isTrue();

        var g = set(set(Forms.monitoring(), "budget.executed.total", num("100")), "budget.executed.main", null);
        set(g, "deviation.reason", "正常");
        set(g, "deviation.measures", "正常");
        assertThat(has(Forms.validate(g), RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isFalse();
        ValidationSettings e = ValidationSettings.defaults().withOverrides(Map.of("deviation.emptyMarkers", "无,/,正常"));
        assertThat(has(Forms.validate(g, e), RuleCode.DEVIATION_EXPLANATION_REQUIRED)).isTrue();
    }
}
