package cn.jixiao.validation.rules;

import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Tolerances;
import cn.jixiao.validation.ValidationContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * BUDGET_NEGATIVE (ERROR, all), BUDGET_SPLIT_MISMATCH (ERROR, all), BUDGET_ARRIVED_EXCEEDS_PLANNED (WARNING,
 * MONITORING) and BUDGET_EXECUTED_EXCEEDS_ARRIVED (ERROR, MONITORING).
 */
public final class BudgetRules implements Rule {

    private static final String[] LINES = {"planned", "arrived", "executed"};
    private static final String[] LINE_LABELS = {"预算数", "到位数", "执行数"};

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        Tolerances tol = ctx.tolerances();
        String unit = ctx.amountUnit();
        for (int k = 0; k < LINES.length; k++) {
            BudgetLine l = ctx.line(LINES[k]);
            if (l == null) {
                continue;
            }
            String base = "budget." + LINES[k];
            negative(out, l.total(), base + ".total", LINE_LABELS[k] + "（合计）", unit);
            negative(out, l.main(), base + ".main", LINE_LABELS[k] + "（主要来源）", unit);
            negative(out, l.other(), base + ".other", LINE_LABELS[k] + "（其他来源）", unit);

            if (l.total() != null && l.main() != null) {
                boolean ok;
                String what;
                if (l.other() != null) {
                    BigDecimal sum = l.main().add(l.other());
                    ok = tol.sumMatches(sum, 2, l.total());
                    what = "主要来源 " + Fmt.two(l.main()) + " + 其他来源 " + Fmt.two(l.other()) + " = "
                            + Fmt.two(sum) + " " + unit;
                } else {
                    ok = tol.amountsEqual(l.main(), l.total());
                    what = "主要来源 " + Fmt.two(l.main()) + " " + unit;
                }
                if (!ok) {
                    out.add(Finding.error(RuleCode.BUDGET_SPLIT_MISMATCH, base + ".main",
                            LINE_LABELS[k] + "的" + what + "，与合计 " + Fmt.two(l.total()) + " " + unit + "不符"));
                }
            }
        }
        if (ctx.type() == FormType.MONITORING) {
            BigDecimal planned = total(ctx, "planned");
            BigDecimal arrived = total(ctx, "arrived");
            BigDecimal executed = total(ctx, "executed");
            if (planned != null && arrived != null && tol.amountExceeds(arrived, planned)) {
                out.add(Finding.warning(RuleCode.BUDGET_ARRIVED_EXCEEDS_PLANNED, "budget.arrived.total",
                        "到位数 " + Fmt.two(arrived) + " " + unit + "超过预算数 " + Fmt.two(planned) + " " + unit));
            }
            if (arrived != null && executed != null && tol.amountExceeds(executed, arrived)) {
                out.add(Finding.error(RuleCode.BUDGET_EXECUTED_EXCEEDS_ARRIVED, "budget.executed.total",
                        "执行数 " + Fmt.two(executed) + " " + unit + "超过到位数 " + Fmt.two(arrived) + " " + unit));
            }
        }
    }

    private static BigDecimal total(ValidationContext ctx, String line) {
        BudgetLine l = ctx.line(line);
        return l == null ? null : l.total();
    }

    private static void negative(List<Finding> out, BigDecimal v, String path, String label, String unit) {
        if (v != null && v.signum() < 0) {
            out.add(Finding.error(RuleCode.BUDGET_NEGATIVE, path, label + " " + Fmt.two(v) + " " + unit + "为负数"));
        }
    }
}
