package cn.jixiao.document;

import java.math.BigDecimal;

/**
 * One row of 年度绩效指标. {@code target} and {@code actual} are kept exactly as written; the validation
 * engine parses them. {@code notDue} is {@code true} where the table says 未达监控节点.
 */
public record Indicator(
        String level1,
        String level2,
        String name,
        String target,
        String actual,
        BigDecimal completionRate,
        Boolean notDue,
        String forecast,
        Likelihood likelihood,
        BigDecimal weight,
        QualitativeLevel qualitativeLevel) {

    /** A row with only the columns every table has. */
    public static Indicator of(String level1, String level2, String name, String target, String actual) {
        return new Indicator(level1, level2, name, target, actual, null, null, null, null, null, null);
    }
}
