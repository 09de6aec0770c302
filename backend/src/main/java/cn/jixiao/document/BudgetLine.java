package cn.jixiao.document;

import java.math.BigDecimal;

/**
 * One budget row (预算数 / 到位数 / 执行数) in {@code amountUnit}: the total and, where the table splits it,
 * the main source (财政资金 on the monitoring table, 社保基金/医保基金 elsewhere) and other sources.
 */
public record BudgetLine(BigDecimal total, BigDecimal main, BigDecimal other) {
}
