package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.jixiao.validation.Forms.REMOVE;
import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorLevelRulesTest {

    @Test
    void synonymsOfOlderTablesAreValid() {
        ObjectNode f = Forms.target();
        set(f, "indicators[0].level1", "项目完成指标");
        set(f, "indicators[1].level1", "项目完成指标");
        set(f, "indicators[2].level1", "项目完成指标");
        set(f, "indicators[3].level1", "项目效果指标");
        assertThat(Forms.validate(f).findings()).isEmpty();
        assertThat(Forms.validate(set(Forms.target(), "indicators[3].level1", "项目效益指标")).findings()).isEmpty();
        assertThat(Forms.validate(set(Forms.target(), "indicators[0].level2", " 数量 指标 ")).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"产出", "绩效指标", "成本指标", "数量指标"})
    void invalidLevel1(String level1) {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[1].level1", level1));
        Finding f = findings(r, RuleCode.INDICATOR_LEVEL_INVALID).get(0);
        assertThat(f.path()).isEqualTo("indicators[1].level1");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains(level1).contains("待遇发放率");
    }

    @Test
    void missingLevel1IsInvalid() {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "indicators[1].level1", REMOVE));
        assertThat(findings(r, RuleCode.INDICATOR_LEVEL_INVALID)).extracting(Finding::path)
                .containsExactly("indicators[1].level1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"数量", "产出指标", "效益指标", "满意度", "社会效益", ""})
    void invalidLevel2(String level2) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "indicators[5].level2", level2));
        assertThat(findings(r, RuleCode.INDICATOR_LEVEL_INVALID)).extracting(Finding::path)
                .containsExactly("indicators[5].level2");
        assertThat(has(r, RuleCode.INDICATOR_LEVEL_MISPLACED)).isFalse();
    }

    @Test
    void validLevel2UnderTheWrongLevel1IsMisplaced() {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "indicators[5].level2", "时效指标"));
        Finding f = findings(r, RuleCode.INDICATOR_LEVEL_MISPLACED).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo("indicators[5].level2");
        assertThat(f.message()).contains("时效指标").contains("产出指标").contains("效益指标");
        assertThat(has(r, RuleCode.INDICATOR_LEVEL_INVALID)).isFalse();
        // 满意度指标 under 产出指标
        assertThat(has(Forms.validate(set(Forms.target(), "indicators[1].level2", "满意度指标")),
                RuleCode.INDICATOR_LEVEL_MISPLACED)).isTrue();
    }

    @Test
    void frameworkIncompleteIsAnErrorOnTargetAndAWarningElsewhere() {
        ValidationResult t = Forms.validate(set(Forms.target(), "indicators[4]", REMOVE)); // no 满意度指标
        assertThat(findings(t, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).isEqualTo("indicators");
                    assertThat(f.message()).contains("满意度指标");
                });
        ValidationResult m = Forms.validate(set(Forms.monitoring(), "indicators[6]", REMOVE));
        assertThat(findings(m, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        ValidationResult e = Forms.validate(set(set(Forms.evaluation(), "indicators[6]", REMOVE), "indicators[5]", REMOVE));
        assertThat(findings(e, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("效益指标"));
    }

    @Test
    void quantityIndicatorMustBeAnOutputIndicator() {
        ValidationResult r = Forms.validate(set(Forms.target(), "indicators[0].level2", "质量指标"));
        assertThat(findings(r, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("数量指标"));
        // 数量指标 under 效益指标 is misplaced and does not complete the framework
        ObjectNode f = set(Forms.target(), "indicators[0].level1", "效益指标");
        ValidationResult r2 = Forms.validate(f);
        assertThat(has(r2, RuleCode.INDICATOR_LEVEL_MISPLACED)).isTrue();
        assertThat(has(r2, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).isTrue();
    }

    @Test
    void allThreeMissingGiveThreeFindings() {
        ObjectNode f = Forms.target();
        for (int i = 0; i < 5; i++) {
            set(f, "indicators[" + i + "].level1", "产出指标");
            set(f, "indicators[" + i + "].level2", "质量指标");
        }
        assertThat(findings(Forms.validate(f), RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).hasSize(3);
    }
}
