package cn.jixiao.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The clean forms the rule tests start from yield no findings at all, and the computed values expected. */
class CleanFormTest {

    @Test
    void cleanMonitoringFormHasNoFindings() {
        ValidationResult r = Forms.validate(Forms.monitoring());
        assertThat(r.findings()).isEmpty();
        Computed c = r.computed();
        assertThat(c.timeProgress()).isEqualByComparingTo("50");
        assertThat(c.executionRate()).isEqualByComparingTo("50");
        assertThat(c.overallCompletionRate()).isEqualByComparingTo("50");
        assertThat(c.deviationRequired()).isFalse();
        assertThat(c.score()).isNull();
        assertThat(c.grade()).isNull();
        assertThat(c.indicators()).hasSize(7);
        assertThat(c.indicators().get(0).achievement()).isEqualByComparingTo("50");
        assertThat(c.indicators().get(1).achievement()).isEqualByComparingTo("100");
        assertThat(c.indicators().get(2).achievement()).isEqualByComparingTo("100"); // 按时 states completion
        assertThat(c.indicators().get(4).achievement()).isEqualByComparingTo("100"); // ≤0.1% met by 0.05%
        assertThat(c.indicators().get(6).achievement()).isNull(); // not due
    }

    @Test
    void cleanEvaluationFormHasNoFindingsAndFullScore() {
        ValidationResult r = Forms.validate(Forms.evaluation());
        assertThat(r.findings()).isEmpty();
        assertThat(r.computed().timeProgress()).isEqualByComparingTo("100");
        assertThat(r.computed().executionRate()).isEqualByComparingTo("100");
        assertThat(r.computed().score()).isEqualByComparingTo("100");
        assertThat(r.computed().grade()).isEqualTo("优");
        assertThat(r.computed().deviationRequired()).isFalse();
        assertThat(r.computed().overallCompletionRate()).isNull();
    }

    @Test
    void cleanTargetFormHasNoFindings() {
        ValidationResult r = Forms.validate(Forms.target());
        assertThat(r.findings()).isEmpty();
        assertThat(r.computed().timeProgress()).isNull();
        assertThat(r.computed().executionRate()).isNull();
        assertThat(r.computed().indicators()).hasSize(5).allSatisfy(i -> assertThat(i.achievement()).isNull());
    }

    @Test
    void resultIsTheSameWhenValidatedTwice() {
        ObjectNode f = Forms.monitoring();
        assertThat(Forms.validate(f)).isEqualTo(Forms.validate(f));
    }
}
