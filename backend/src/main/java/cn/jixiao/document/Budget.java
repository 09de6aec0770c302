package cn.jixiao.document;

import java.math.BigDecimal;

/**
 * The budget block. {@code arrived} is on MONITORING only, {@code executed} on MONITORING and EVALUATION.
 * {@code executionRate} is the 预算执行率 as stated on the table (a percentage), if it states one.
 */
public record Budget(BudgetLine planned, BudgetLine arrived, BudgetLine executed, BigDecimal executionRate) {
}
