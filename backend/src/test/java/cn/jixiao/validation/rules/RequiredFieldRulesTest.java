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

import java.util.List;

import static cn.jixiao.validation.Forms.REMOVE;
import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class RequiredFieldRulesTest {

    private static List<String> requiredPaths(ValidationResult r) {
        return findings(r, RuleCode.REQUIRED_FIELD_MISSING).stream().map(Finding::path).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "unit", "project", "fund", "amountUnit", "budget.planned.total", "goal.expected",
        "monitorMonth", "budget.arrived.total", "budget.executed.total", "goal.actual", "goal.completionRate"})
    void monitoringRequiresField(String path) {
        ValidationResult removed = Forms.validate(set(Forms.monitoring(), path, REMOVE));
        assertThat(requiredPaths(removed)).containsExactly(path);
        assertThat(findings(removed, RuleCode.REQUIRED_FIELD_MISSING).get(0).severity()).isEqualTo(Severity.ERROR);
        ValidationResult nulled = Forms.validate(set(Forms.monitoring(), path, null));
        assertThat(requiredPaths(nulled)).containsExactly(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unit", "project", "amountUnit", "goal.expected", "goal.actual"})
    void blankTextCountsAsMissing(String path) {
        assertThat(requiredPaths(Forms.validate(set(Forms.evaluation(), path, " \u3000 ")))).containsExactly(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "unit", "project", "fund", "amountUnit", "budget.planned.total", "goal.expected",
        "budget.executed.total", "goal.actual"})
    void evaluationRequiresField(String path) {
        assertThat(requiredPaths(Forms.validate(set(Forms.evaluation(), path, REMOVE)))).containsExactly(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "unit", "project", "fund", "amountUnit", "budget.planned.total", "goal.expected"})
    void targetRequiresField(String path) {
        assertThat(requiredPaths(Forms.validate(set(Forms.target(), path, REMOVE)))).containsExactly(path);
    }

    @Test
    void wholeBudgetOrGoalMissing() {
        assertThat(requiredPaths(Forms.validate(set(Forms.target(), "budget", REMOVE))))
                .containsExactly("budget.planned.total");
        assertThat(requiredPaths(Forms.validate(set(Forms.monitoring(), "goal", null))))
                .containsExactly("goal.expected", "goal.actual", "goal.completionRate");
    }

    @Test
    void monitorMonthMustBeOneToTwelve() {
        assertThat(requiredPaths(Forms.validate(set(Forms.monitoring(), "monitorMonth", 0)))).containsExactly("monitorMonth");
        assertThat(requiredPaths(Forms.validate(set(Forms.monitoring(), "monitorMonth", 13)))).containsExactly("monitorMonth");
        ObjectNode dec = set(Forms.monitoring(), "monitorMonth", 12);
        assertThat(requiredPaths(Forms.validate(dec))).isEmpty();
        ObjectNode jan = set(Forms.monitoring(), "monitorMonth", 1);
        assertThat(requiredPaths(Forms.validate(jan))).isEmpty();
        assertThat(findings(Forms.validate(set(Forms.monitoring(), "monitorMonth", 13)),
                RuleCode.REQUIRED_FIELD_MISSING).get(0).message()).contains("13").contains("1–12");
    }

    @Test
    void evaluationAndTargetDoNotNeedMonitoringFields() {
        assertThat(requiredPaths(Forms.validate(Forms.evaluation()))).isEmpty(); // no arrived, no completionRate
        assertThat(requiredPaths(Forms.validate(Forms.target()))).isEmpty();     // no executed, no goal.actual
    }

    @Test
    void noIndicatorIsMissingOnceAndNotAlsoAnIncompleteFramework() {
        ValidationResult r = Forms.validate(set(Forms.target(), "indicators", Forms.M.createArrayNode()));
        assertThat(requiredPaths(r)).containsExactly("indicators");
        assertThat(Forms.has(r, RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE)).isFalse();
        assertThat(requiredPaths(Forms.validate(set(Forms.monitoring(), "indicators", REMOVE))))
                .containsExactly("indicators");
    }

    @Test
    void messageNamesTheField() {
        Finding f = findings(Forms.validate(set(Forms.monitoring(), "budget.arrived.total", null)),
                RuleCode.REQUIRED_FIELD_MISSING).get(0);
        assertThat(f.message()).isEqualTo("必填项 到位数（budget.arrived.total）未填写");
    }
}
