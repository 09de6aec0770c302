package cn.jixiao.form;

import java.math.BigDecimal;

/** One indicator of a form's current version, as a row for the dashboard and cross-form queries. */
public record IndicatorRow(long formId, int seq, String level1, String level2, String name, String target,
                           String actual, BigDecimal completionRate, BigDecimal achievement) {
}
