package cn.jixiao.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The values rules.md says are always returned, whatever the findings; serialised by Jackson as the
 * {@code computed} object of the API ({@code timeProgress}, {@code executionRate}, {@code indicators},
 * {@code overallCompletionRate}, {@code score}, {@code grade}, {@code deviationRequired}). Percentages and the
 * score carry at most 2 decimals (trailing zeros dropped); {@code null} where not applicable or not computable.
 *
 * @param timeProgress          MONITORING month/12×100, EVALUATION 100, TARGET null
 * @param executionRate         executed.total / planned.total × 100
 * @param indicators            aligned with the form's indicators
 * @param overallCompletionRate MONITORING: mean of the due indicators' stated completion rates, rounded half-up
 * @param score                 EVALUATION: 自评得分
 * @param grade                 EVALUATION: 优 / 良 / 中 / 差
 * @param deviationRequired     whether DEVIATION_EXPLANATION_REQUIRED's condition holds
 */
public record Computed(
        BigDecimal timeProgress,
        BigDecimal executionRate,
        List<IndicatorComputed> indicators,
        BigDecimal overallCompletionRate,
        BigDecimal score,
        String grade,
        boolean deviationRequired) {

    public Computed {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
