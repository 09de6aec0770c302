package cn.jixiao.validation.crossform;

import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Tolerances;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * DUPLICATE_AMOUNTS_ACROSS_PROJECTS (WARNING): another form (not withdrawn) of the same unit, type and year (and
 * month) but a different project states the same non-zero planned or executed total — the usual sign of a
 * copied table. Amounts are equal within {@code tolerance.amount}. At most one finding per amount.
 */
public final class DuplicateAmountsRule implements CrossFormRule {

    @Override
    public void check(CrossFormContext ctx, List<Finding> out) {
        check(ctx, out, Budget::planned, "budget.planned.total", "预算数");
        check(ctx, out, Budget::executed, "budget.executed.total", "执行数");
    }

    private static void check(CrossFormContext ctx, List<Finding> out, Function<Budget, BudgetLine> line,
                              String path, String label) {
        FormDocument c = ctx.candidate();
        BigDecimal mine = total(c, line);
        if (mine == null || mine.signum() == 0 || c.type() == null) {
            return;
        }
        Tolerances tol = new Tolerances(ctx.settings());
        for (StoredForm f : ctx.others()) {
            FormDocument o = f.document();
            if (!f.status().counts() || c.type() != o.type() || !Objects.equals(c.year(), o.year())
                    || !CrossFormContext.sameText(c.unit(), o.unit())
                    || CrossFormContext.sameText(c.project(), o.project())
                    || (c.type() == FormType.MONITORING && !Objects.equals(c.monitorMonth(), o.monitorMonth()))) {
                continue;
            }
            BigDecimal theirs = total(o, line);
            if (theirs != null && tol.amountsEqual(mine, theirs)) {
                String unit = c.amountUnit() == null ? "万元" : c.amountUnit().strip();
                out.add(Finding.warning(RuleCode.DUPLICATE_AMOUNTS_ACROSS_PROJECTS, path,
                        label + " " + Fmt.two(mine) + " " + unit + "与本单位另一项目“"
                                + (o.project() == null ? "" : o.project().strip()) + "”" + CrossFormContext.describe(f)
                                + "的" + label + "相同，请核实是否复制了其他项目的表格"));
                return;
            }
        }
    }

    private static BigDecimal total(FormDocument d, Function<Budget, BudgetLine> line) {
        if (d.budget() == null) {
            return null;
        }
        BudgetLine l = line.apply(d.budget());
        return l == null ? null : l.total();
    }
}
