package cn.jixiao.validation.rules;

import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

/** Clean evaluation: planned = executed = 1000; income 1200 = 700 + 500; expense 1000 = 600 + 400; balance 200. */
class EvaluationReportRulesTest {

    @ParameterizedTest
    @CsvSource({"1000, false", "1000.02, false", "999.98, false", "1000.03, true", "999.97, true", "5835.88, true"})
    void budgetedExpenseAgainstPlanned(String budgeted, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "report.budgetedExpense", num(budgeted)));
        assertThat(has(r, RuleCode.EVAL_BUDGET_INCONSISTENT)).as(budgeted).isEqualTo(fires);
        if (fires) {
            Finding e = findings(r, RuleCode.EVAL_BUDGET_INCONSISTENT).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.path()).isEqualTo("report.budgetedExpense");
            assertThat(e.message()).contains(budgeted.contains(".") ? budgeted : budgeted + ".00").contains("1000.00");
        }
    }

    @ParameterizedTest
    @CsvSource({"1000, false", "1000.02, false", "1000.03, true", "999.97, true"})
    void executedExpenseAgainstExecuted(String executed, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "report.executedExpense", num(executed)));
        assertThat(has(r, RuleCode.EVAL_EXPENSE_INCONSISTENT)).as(executed).isEqualTo(fires);
        if (fires) {
            assertThat(findings(r, RuleCode.EVAL_EXPENSE_INCONSISTENT).get(0).path()).isEqualTo("report.executedExpense");
        }
    }

    /** income − expense is a sum of two stated items: tolerance 0.005 × 3 = 0.015. */
    @ParameterizedTest
    @CsvSource({"200, false", "200.015, false", "199.985, false", "200.016, true", "199.984, true", "300, true"})
    void fundBalance(String balance, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "report.fund.balance", num(balance)));
        assertThat(has(r, RuleCode.FUND_BALANCE_MISMATCH)).as(balance).isEqualTo(fires);
        if (fires) {
            Finding e = findings(r, RuleCode.FUND_BALANCE_MISMATCH).get(0);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.path()).isEqualTo("report.fund.balance");
        }
    }

    /** Two income items: tolerance 0.015. */
    @ParameterizedTest
    @CsvSource({"500, false", "500.015, false", "499.985, false", "500.016, true", "499.984, true"})
    void incomeItems(String item, boolean fires) {
        ValidationResult r = Forms.validate(set(Forms.evaluation(), "report.fund.incomeItems.财政补贴收入", num(item)));
        assertThat(has(r, RuleCode.FUND_ITEMS_MISMATCH)).as(item).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.FUND_ITEMS_MISMATCH).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("report.fund.incomeItems");
        }
    }

    /** Three expense items: tolerance 0.005 × 4 = 0.02. */
    @ParameterizedTest
    @CsvSource({"99.98, false", "100.02, false", "99.979, true", "100.021, true"})
    void expenseItems(String third, boolean fires) {
        var f = Forms.evaluation();
        set(f, "report.fund.expenseItems.丧葬补助金支出", num("300"));
        set(f, "report.fund.expenseItems.转移支出", num(third));
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.FUND_ITEMS_MISMATCH)).as(third).isEqualTo(fires);
        if (fires) {
            assertThat(findings(r, RuleCode.FUND_ITEMS_MISMATCH).get(0).path()).isEqualTo("report.fund.expenseItems");
        }
    }

    @Test
    void fixtureLikeExpenseItemsWithinFourItemTolerance() {
        // 5698.01 + 252.32 + 53.14 + 58.06 = 6061.53 vs 6061.54: 0.01 ≤ 0.025
        var f = Forms.evaluation();
        var items = Forms.M.createObjectNode();
        items.put("基础养老金支出", num("5698.01"));
        items.put("个人账户养老金支出", num("252.32"));
        items.put("丧葬补助金支出", num("53.14"));
        items.put("转移支出", num("58.06"));
        set(f, "report.fund.expenseItems", items);
        set(f, "report.fund.expense", num("6061.54"));
        set(f, "report.fund.income", num("6261.54"));
        set(f, "report.fund.incomeItems", null);
        assertThat(has(Forms.validate(f), RuleCode.FUND_ITEMS_MISMATCH)).isFalse();
        set(f, "report.fund.expense", num("6061.56"));
        set(f, "report.fund.income", num("6261.56"));
        assertThat(has(Forms.validate(f), RuleCode.FUND_ITEMS_MISMATCH)).isTrue();
    }

    /** executedExpense 1038.67 / budgetedExpense 1000 = 103.867 %. */
    @ParameterizedTest
    @CsvSource({"103.87, false", "103.86, false", "103.9, false", "103.8, false", "104, false", "103, false",
        "103.88, true", "103.85, true", "100.00, true"})
    void completionPercentage(String pct, boolean fires) {
        var f = set(Forms.evaluation(), "report.executedExpense", num("1038.67"));
        set(f, "report.budgetCompletionPct", num(pct));
        ValidationResult r = Forms.validate(f);
        assertThat(has(r, RuleCode.REPORT_COMPLETION_PCT_MISMATCH)).as(pct).isEqualTo(fires);
        if (fires) {
            Finding w = findings(r, RuleCode.REPORT_COMPLETION_PCT_MISMATCH).get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("report.budgetCompletionPct");
        }
    }

    @Test
    void completionPercentageFallsBackToTheTableAmounts() {
        var f = set(set(Forms.evaluation(), "report.executedExpense", null), "report.budgetedExpense", null);
        assertThat(has(Forms.validate(set(f, "report.budgetCompletionPct", num("100"))),
                RuleCode.REPORT_COMPLETION_PCT_MISMATCH)).isFalse();
        assertThat(has(Forms.validate(set(f, "report.budgetCompletionPct", num("98"))),
                RuleCode.REPORT_COMPLETION_PCT_MISMATCH)).isTrue();
    }

    /** Without a report there is nothing to compare; that it is missing is REPORT_SECTION_MISSING's to say. */
    @Test
    void noReportNoComparisons() {
        var f = set(Forms.evaluation(), "report", null);
        assertThat(Forms.validate(f).findings()).extracting(Finding::code).containsOnly(RuleCode.REPORT_SECTION_MISSING.name());
    }
}
