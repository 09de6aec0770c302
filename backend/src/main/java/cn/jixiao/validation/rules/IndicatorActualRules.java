package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.value.IndicatorValue;
import cn.jixiao.validation.value.IndicatorValue.NoValue;

import java.util.List;

/**
 * INDICATOR_ACTUAL_MISSING (ERROR) and INDICATOR_UNIT_MISMATCH (ERROR), MONITORING and EVALUATION.
 * 无 is a value; a unit without a number is not. Units are compared as base units after scaling
 * (万人 = 人 × 10000, but 人 ≠ 人次 and 人 ≠ 元).
 */
public final class IndicatorActualRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        if (ctx.type() != FormType.MONITORING && ctx.type() != FormType.EVALUATION) {
            return;
        }
        List<Indicator> inds = ctx.indicators();
        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            IndicatorValue a = ctx.actual(i);
            IndicatorValue t = ctx.target(i);
            String path = ValidationContext.indicatorPath(i, "actual");
            if (a instanceof NoValue) {
                if (ctx.isDue(i)) {
                    out.add(Finding.error(RuleCode.INDICATOR_ACTUAL_MISSING, path, ctx.indicatorLabel(i)
                            + "未填写完成值" + (ind.actual() == null || ind.actual().isBlank() ? ""
                            : "（填写为“" + ind.actual().strip() + "”，没有数值）")
                            + "；尚未到监控节点的指标请标注“未达监控节点”"));
                }
                continue;
            }
            if (a.hasNumber() && t.hasNumber() && a.unit() != null && t.unit() != null
                    && !a.unit().equals(t.unit())) {
                out.add(Finding.error(RuleCode.INDICATOR_UNIT_MISMATCH, path, ctx.indicatorLabel(i)
                        + "的完成值“" + ind.actual().strip() + "”（单位 " + a.unit() + "）与指标值“"
                        + ind.target().strip() + "”（单位 " + t.unit() + "）单位不一致"));
            }
        }
    }
}
