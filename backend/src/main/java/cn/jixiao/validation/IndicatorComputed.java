package cn.jixiao.validation;

import java.math.BigDecimal;

/**
 * Computed values of one indicator: {@code {"achievement": …, "weight": …, "score": …}} (2 decimals; null if not
 * computable). {@code weight} (分值) and {@code score} (得分) are the 自评表's per-row split of the total score
 * ({@link Score#breakdown}); null on the other tables.
 */
public record IndicatorComputed(BigDecimal achievement, BigDecimal weight, BigDecimal score) {

    public IndicatorComputed(BigDecimal achievement) {
        this(achievement, null, null);
    }
}
