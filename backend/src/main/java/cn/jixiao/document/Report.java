package cn.jixiao.document;

import java.math.BigDecimal;

/**
 * The 绩效评价报告 beside the self-evaluation table (EVALUATION only). Amounts in the form's amount unit;
 * {@code budgetCompletionPct} is the "完成预算的 X%" as stated.
 */
public record Report(
        FundReport fund,
        BigDecimal budgetedExpense,
        BigDecimal executedExpense,
        BigDecimal budgetCompletionPct,
        BigDecimal previousYearExpense,
        ReportSections sections) {
}
