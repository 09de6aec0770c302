package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.FundReport;
import cn.jixiao.document.Report;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Tolerances;
import cn.jixiao.validation.ValidationContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The 绩效评价报告 against the 自评表 (EVALUATION): EVAL_BUDGET_INCONSISTENT (ERROR), EVAL_EXPENSE_INCONSISTENT
 * (ERROR), FUND_BALANCE_MISMATCH (ERROR), FUND_ITEMS_MISMATCH (WARNING), REPORT_COMPLETION_PCT_MISMATCH
 * (WARNING).
 */
public final class EvaluationReportRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        Report r = ctx.doc().report();
        if (ctx.type() != FormType.EVALUATION || r == null) {
            return;
        }
        Tolerances tol = ctx.tolerances();
        String unit = ctx.amountUnit();
        BigDecimal planned = ctx.line("planned") == null ? null : ctx.line("planned").total();
        BigDecimal executed = ctx.line("executed") == null ? null : ctx.line("executed").total();

        if (r.budgetedExpense() != null && planned != null && !tol.amountsEqual(r.budgetedExpense(), planned)) {
            out.add(Finding.error(RuleCode.EVAL_BUDGET_INCONSISTENT, "report.budgetedExpense",
                    "评价报告的预算支出总额 " + Fmt.two(r.budgetedExpense()) + " " + unit + "与自评表预算数 "
                            + Fmt.two(planned) + " " + unit + "不一致"));
        }
        if (r.executedExpense() != null && executed != null && !tol.amountsEqual(r.executedExpense(), executed)) {
            out.add(Finding.error(RuleCode.EVAL_EXPENSE_INCONSISTENT, "report.executedExpense",
                    "评价报告的支出总额 " + Fmt.two(r.executedExpense()) + " " + unit + "与自评表执行数 "
                            + Fmt.two(executed) + " " + unit + "不一致"));
        }

        FundReport f = r.fund();
        if (f != null) {
            if (f.income() != null && f.expense() != null && f.balance() != null) {
                BigDecimal diff = f.income().subtract(f.expense());
                if (!tol.sumMatches(diff, 2, f.balance())) {
                    out.add(Finding.error(RuleCode.FUND_BALANCE_MISMATCH, "report.fund.balance",
                            "收入 " + Fmt.two(f.income()) + " − 支出 " + Fmt.two(f.expense()) + " = " + Fmt.two(diff)
                                    + " " + unit + "，与本年收支结余 " + Fmt.two(f.balance()) + " " + unit + "不符"));
                }
            }
            items(ctx, out, f.incomeItems(), f.income(), "report.fund.incomeItems", "收入");
            items(ctx, out, f.expenseItems(), f.expense(), "report.fund.expenseItems", "支出");
        }

        BigDecimal pct = r.budgetCompletionPct();
        BigDecimal exe = r.executedExpense() != null ? r.executedExpense() : executed;
        BigDecimal bud = r.budgetedExpense() != null ? r.budgetedExpense() : planned;
        if (pct != null && exe != null && bud != null && bud.signum() != 0) {
            BigDecimal computed = exe.multiply(BigDecimal.valueOf(100)).divide(bud, 10, RoundingMode.HALF_UP);
            if (!Tolerances.percentMatches(pct, computed)) {
                out.add(Finding.warning(RuleCode.REPORT_COMPLETION_PCT_MISMATCH, "report.budgetCompletionPct",
                        "评价报告所述完成预算的 " + Fmt.stated(pct) + "% 与支出总额 " + Fmt.two(exe) + " ÷ 预算支出总额 "
                                + Fmt.two(bud) + " = " + Fmt.two(computed) + "% 不符"));
            }
        }
    }

    private static void items(ValidationContext ctx, List<Finding> out, Map<String, BigDecimal> items,
                              BigDecimal total, String path, String label) {
        if (items == null || items.isEmpty() || total == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (BigDecimal v : items.values()) {
            if (v != null) {
                sum = sum.add(v);
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        if (!ctx.tolerances().sumMatches(sum, n, total)) {
            String unit = ctx.amountUnit();
            out.add(Finding.warning(RuleCode.FUND_ITEMS_MISMATCH, path,
                    label + "明细 " + n + " 项合计 " + Fmt.two(sum) + " " + unit + "，与" + label + "累计 "
                            + Fmt.two(total) + " " + unit + "相差超过 " + ctx.tolerances().sumTolerance(n).toPlainString()));
        }
    }
}
