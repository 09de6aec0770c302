package cn.jixiao.validation;

import java.math.BigDecimal;

/** Computed values of one indicator: {@code {"achievement": …}} (percent, 2 decimals; null if not computable). */
public record IndicatorComputed(BigDecimal achievement) {
}
