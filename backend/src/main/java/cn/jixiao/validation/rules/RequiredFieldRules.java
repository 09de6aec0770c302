package cn.jixiao.validation.rules;

import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Goal;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;

import java.util.List;
import java.util.function.Function;

/**
 * REQUIRED_FIELD_MISSING (ERROR, all forms): year, unit, project, fund, amountUnit, budget.planned.total,
 * goal.expected, at least one indicator; MONITORING also monitorMonth (1–12), budget.arrived.total,
 * budget.executed.total, goal.actual, goal.completionRate; EVALUATION also budget.executed.total, goal.actual.
 * Blank text counts as missing. One finding per missing field.
 */
public final class RequiredFieldRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        FormDocument d = ctx.doc();
        FormType type = d.type();
        if (type == null) {
            missing(out, "type", "表类型");
        }
        if (d.year() == null) {
            missing(out, "year", "年度（项目周期）");
        }
        if (blank(d.unit())) {
            missing(out, "unit", "部门单位名称");
        }
        if (blank(d.project())) {
            missing(out, "project", "项目名称");
        }
        if (d.fund() == null) {
            missing(out, "fund", "基金险种");
        }
        if (blank(d.amountUnit())) {
            missing(out, "amountUnit", "金额单位");
        }
        if (amount(d, Budget::planned) == null) {
            missing(out, "budget.planned.total", "预算数（年度资金总额）");
        }
        if (blank(text(d, Goal::expected))) {
            missing(out, "goal.expected", "年度预期目标");
        }
        if (d.indicators() == null || d.indicators().isEmpty()) {
            out.add(Finding.error(RuleCode.REQUIRED_FIELD_MISSING, "indicators", "未填写任何年度绩效指标"));
        }
        if (type == FormType.MONITORING) {
            Integer m = d.monitorMonth();
            if (m == null) {
                missing(out, "monitorMonth", "监控时点（月份）");
            } else if (m < 1 || m > 12) {
                out.add(Finding.error(RuleCode.REQUIRED_FIELD_MISSING, "monitorMonth",
                        "监控时点 " + m + " 月无效，应为 1–12 月"));
            }
            if (amount(d, Budget::arrived) == null) {
                missing(out, "budget.arrived.total", "到位数");
            }
            if (amount(d, Budget::executed) == null) {
                missing(out, "budget.executed.total", "执行数");
            }
            if (blank(text(d, Goal::actual))) {
                missing(out, "goal.actual", type.goalActual());
            }
            if (d.goal() == null || d.goal().completionRate() == null) {
                missing(out, "goal.completionRate", "总体完成率");
            }
        } else if (type == FormType.EVALUATION) {
            if (amount(d, Budget::executed) == null) {
                missing(out, "budget.executed.total", "执行数");
            }
            if (blank(text(d, Goal::actual))) {
                missing(out, "goal.actual", type.goalActual());
            }
        }
    }

    private static void missing(List<Finding> out, String path, String label) {
        out.add(Finding.error(RuleCode.REQUIRED_FIELD_MISSING, path, "必填项 " + label + "（" + path + "）未填写"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static java.math.BigDecimal amount(FormDocument d, Function<Budget, BudgetLine> line) {
        if (d.budget() == null) {
            return null;
        }
        BudgetLine l = line.apply(d.budget());
        return l == null ? null : l.total();
    }

    private static String text(FormDocument d, Function<Goal, String> f) {
        return d.goal() == null ? null : f.apply(d.goal());
    }
}
