package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.validation.IndicatorLevels.Level1;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationContext;

import java.util.List;

/**
 * INDICATOR_LEVEL_INVALID (ERROR), INDICATOR_LEVEL_MISPLACED (WARNING) and INDICATOR_FRAMEWORK_INCOMPLETE
 * (ERROR on TARGET, else WARNING), all forms.
 */
public final class IndicatorLevelRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        List<Indicator> inds = ctx.indicators();
        boolean outputQuantity = false;
        boolean outcome = false;
        boolean satisfaction = false;
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            Level1 l1 = ctx.level1(i);
            Level1 p2 = ctx.level2Parent(i);
            if (l1 == null) {
                out.add(Finding.error(RuleCode.INDICATOR_LEVEL_INVALID, ValidationContext.indicatorPath(i, "level1"),
                        ctx.indicatorLabel(i) + "的一级指标" + quoted(ind.level1())
                                + "不规范，应为 产出指标、效益指标 或 满意度指标"));
            }
            if (p2 == null) {
                out.add(Finding.error(RuleCode.INDICATOR_LEVEL_INVALID, ValidationContext.indicatorPath(i, "level2"),
                        ctx.indicatorLabel(i) + "的二级指标" + quoted(ind.level2()) + "不规范，应为 数量指标、质量指标、"
                                + "时效指标、成本指标、经济效益指标、社会效益指标、生态效益指标、可持续影响指标、"
                                + "满意度指标 或 服务对象满意度指标"));
            }
            if (l1 != null && p2 != null && l1 != p2) {
                out.add(Finding.warning(RuleCode.INDICATOR_LEVEL_MISPLACED,
                        ValidationContext.indicatorPath(i, "level2"),
                        ctx.indicatorLabel(i) + "的二级指标“" + ctx.level2Name(i) + "”属于 "
                                + p2.label() + "，不应列在 " + l1.label() + " 下"));
            }
            if (l1 == Level1.OUTPUT && IndicatorLevels.QUANTITY.equals(ctx.level2Name(i))) {
                outputQuantity = true;
            }
            outcome |= l1 == Level1.OUTCOME;
            satisfaction |= l1 == Level1.SATISFACTION;
        }
        if (inds.isEmpty()) {
            return; // REQUIRED_FIELD_MISSING already says so
        }
        Severity sev = ctx.type() == FormType.TARGET ? Severity.ERROR : Severity.WARNING;
        if (!outputQuantity) {
            out.add(framework(sev, "指标体系不完整：缺少 产出指标/数量指标"));
        }
        if (!outcome) {
            out.add(framework(sev, "指标体系不完整：缺少 效益指标"));
        }
        if (!satisfaction) {
            out.add(framework(sev, "指标体系不完整：缺少 满意度指标"));
        }
    }

    private static Finding framework(Severity sev, String message) {
        return new Finding(RuleCode.INDICATOR_FRAMEWORK_INCOMPLETE.name(), sev, "indicators", message);
    }

    private static String quoted(String s) {
        return s == null || s.isBlank() ? "（未填写）" : "“" + s.strip() + "”";
    }
}
