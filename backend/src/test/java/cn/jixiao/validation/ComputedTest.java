package cn.jixiao.validation;

import cn.jixiao.document.QualitativeLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class ComputedTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void computedSerialisesWithTheApiNames() {
        JsonNode c = json.valueToTree(Forms.validate(Forms.evaluation()).computed());
        Set<String> names = new TreeSet<>();
        c.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("timeProgress", "executionRate", "overallCompletionRate",
                "deviationRequired", "score", "grade", "indicators");
        assertThat(c.get("indicators")).hasSize(8);
        Set<String> perIndicator = new TreeSet<>();
        c.get("indicators").get(0).fieldNames().forEachRemaining(perIndicator::add);
        assertThat(perIndicator).as("the 自评表's rows carry their 分值 and 得分").containsExactly("achievement", "score", "weight");
        assertThat(c.get("grade").asText()).isEqualTo("优");
        assertThat(c.get("deviationRequired").isBoolean()).isTrue();
    }

    @Test
    void numbersAreWrittenPlainWithAtMostTwoDecimals() throws Exception {
        String text = json.writeValueAsString(Forms.validate(Forms.evaluation()).computed());
        assertThat(text).contains("\"timeProgress\":100,").contains("\"executionRate\":100,")
                .contains("\"score\":100,").contains("{\"achievement\":105.56,\"weight\":10,\"score\":10}")
                .doesNotContain("E+");
    }

    @Test
    void resultAndFindingSerialiseWithTheApiNames() {
        ValidationResult r = Forms.validate(set(Forms.monitoring(), "budget.executionRate", num("60")));
        JsonNode n = json.valueToTree(r);
        Set<String> names = new TreeSet<>();
        n.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("computed", "findings");
        JsonNode f = n.get("findings").get(0);
        assertThat(f.get("code").asText()).isEqualTo("EXECUTION_RATE_MISMATCH");
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("path").asText()).isEqualTo("budget.executionRate");
        assertThat(f.get("message").asText()).isNotBlank();
        assertThat(f.size()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"1, 8.33", "2, 16.67", "6, 50", "9, 75", "12, 100"})
    void timeProgressOfMonitoring(int month, String expected) {
        assertThat(Forms.validate(set(Forms.monitoring(), "monitorMonth", month)).computed().timeProgress())
                .isEqualByComparingTo(expected);
    }

    @Test
    void executionRateHasTwoDecimals() {
        var f = set(set(Forms.monitoring(), "budget.executed.total", num("161556")), "budget.planned.total", num("222593"));
        set(f, "budget.executed.main", null);
        set(f, "budget.planned.main", null);
        set(f, "budget.arrived.total", num("200000"));
        set(f, "budget.arrived.main", null);
        assertThat(Forms.validate(f).computed().executionRate()).isEqualTo(new BigDecimal("72.58"));
    }

    @Test
    void overallCompletionRateIsRoundedHalfUp() {
        // six due indicators: 50 × 5 + 53 = 303 → 50.5 → 51
        var f = set(Forms.monitoring(), "indicators[1].completionRate", num("53"));
        assertThat(Forms.validate(f).computed().overallCompletionRate()).isEqualByComparingTo("51");
    }

    // ---------------------------------------------------------------- score

    @Test
    void scoreOfTheCleanEvaluationIsFull() {
        Computed c = Forms.validate(Forms.evaluation()).computed();
        assertThat(c.score()).isEqualByComparingTo("100");
        assertThat(c.grade()).isEqualTo("优");
    }

    @Test
    void executionRateEarnsTenPointsCappedAt100() {
        // executed 900 of 1000: 10 × 0.9 = 9
        var f = set(set(Forms.evaluation(), "budget.executed.total", num("900")), "budget.executed.main", null);
        assertThat(Forms.validate(f).computed().score()).isEqualByComparingTo("99");
        // executed above budget: capped at 10
        var g = set(set(Forms.evaluation(), "budget.executed.total", num("1100")), "budget.executed.main", null);
        assertThat(Forms.validate(g).computed().score()).isEqualByComparingTo("100");
    }

    @Test
    void outputPointsAreSharedEquallyAmongOutputIndicators() {
        // 5 output indicators → 10 points each; 参保人数 at 50 % earns 5
        var f = set(Forms.evaluation(), "indicators[0].actual", "5000人");
        Computed c = Forms.validate(f).computed();
        assertThat(c.score()).isEqualByComparingTo("95");
        assertThat(c.grade()).isEqualTo("优");
    }

    @Test
    void explicitWeightsAreUsedAndTheRestIsShared() {
        // output: 参保人数 weight 30 (at 50 % → 15); the other four share 20 → 5 each, all met → 20
        var f = set(Forms.evaluation(), "indicators[0].actual", "5000人");
        set(f, "indicators[0].weight", num("30"));
        Computed c = Forms.validate(f).computed();
        assertThat(c.score()).isEqualByComparingTo("85"); // 10 + 15 + 20 + 30 + 10
        assertThat(c.grade()).isEqualTo("良");
    }

    @Test
    void qualitativeLevels() {
        // outcome: 2 indicators → 15 points each; 基金运行 (qualitative)
        var partial = set(Forms.evaluation(), "indicators[5].qualitativeLevel", "部分达成");
        assertThat(Forms.validate(partial).computed().score()).isEqualByComparingTo("95.5"); // 15 × 70 %
        var not = set(Forms.evaluation(), "indicators[5].qualitativeLevel", "未达成");
        assertThat(Forms.validate(not).computed().score()).isEqualByComparingTo("89.5"); // 15 × 30 %
        assertThat(Forms.validate(not).computed().grade()).isEqualTo("良");
        // no level and an actual that does not state completion: not scored
        var none = set(Forms.evaluation(), "indicators[5].actual", "基金运行出现波动");
        assertThat(Forms.validate(none).computed().score()).isEqualByComparingTo("85");
        // the shares are settings
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of("score.qualitative.partial", "80"));
        assertThat(Forms.validate(partial, s).computed().score()).isEqualByComparingTo("97");
    }

    @Test
    void levelPointsAreSettings() {
        var f = set(Forms.evaluation(), "indicators[7].actual", "45%"); // satisfaction 50 % of its points
        assertThat(Forms.validate(f).computed().score()).isEqualByComparingTo("95");
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of(
                "score.satisfaction", "20", "score.outcome", "20"));
        assertThat(Forms.validate(f, s).computed().score()).isEqualByComparingTo("90");
    }

    @ParameterizedTest
    @CsvSource({"100, 优", "90, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差"})
    void gradeBands(String score, String grade) {
        assertThat(Score.grade(new BigDecimal(score), ValidationSettings.defaults())).isEqualTo(grade);
    }

    @Test
    void gradeBandsAreSettings() {
        ValidationSettings s = ValidationSettings.defaults().withOverrides(Map.of("grade.excellent", "95"));
        assertThat(Score.grade(new BigDecimal("92"), s)).isEqualTo("良");
    }

    @ParameterizedTest
    @CsvSource({"ACHIEVED, 80, true", "ACHIEVED, 100, true", "ACHIEVED, 79.99, false", "ACHIEVED, 100.01, false",
        "PARTIALLY_ACHIEVED, 60, true", "PARTIALLY_ACHIEVED, 79.99, true", "PARTIALLY_ACHIEVED, 80, false",
        "PARTIALLY_ACHIEVED, 59.99, false", "NOT_ACHIEVED, 0, true", "NOT_ACHIEVED, 59.99, true",
        "NOT_ACHIEVED, 60, false", "NOT_ACHIEVED, -1, false"})
    void reviewerScoresMustStayInTheLevelsBand(QualitativeLevel level, String pct, boolean inside) {
        assertThat(Score.withinBand(level, new BigDecimal(pct), ValidationSettings.defaults())).isEqualTo(inside);
    }

    @Test
    void monitoringAndTargetHaveNoScore() {
        assertThat(Forms.validate(Forms.monitoring()).computed().score()).isNull();
        assertThat(Forms.validate(Forms.target()).computed().grade()).isNull();
        assertThat(Forms.validate(Forms.target()).computed().indicators()).extracting(IndicatorComputed::achievement)
                .containsOnlyNulls();
    }

    @Test
    void indicatorAchievementsAreAlignedWithTheIndicators() {
        List<IndicatorComputed> per = Forms.validate(Forms.evaluation()).computed().indicators();
        assertThat(per).extracting(IndicatorComputed::achievement).containsExactly(
                new BigDecimal("110"), new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100"),
                new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("105.56"));
    }

    /** The 自评表 shows each row's 分值 and 得分 (issue 18); with 预算执行率's they add up to the total score. */
    @Test
    void evaluationRowsCarryTheirWeightAndScoreAndTheyAddUpToTheTotal() {
        var computed = Forms.validate(Forms.evaluation()).computed();
        assertThat(computed.indicators()).extracting(IndicatorComputed::weight).doesNotContainNull();
        BigDecimal rows = computed.indicators().stream().map(IndicatorComputed::score)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows).isPositive().isLessThanOrEqualTo(computed.score());
        assertThat(Forms.validate(Forms.monitoring()).computed().indicators()).extracting(IndicatorComputed::score)
                .containsOnlyNulls();
    }
}
