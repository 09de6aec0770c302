package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Tolerances;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.value.IndicatorValue.Quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * EXECUTION_RATE_MISMATCH (ERROR) and EXEC_RATE_INDICATOR_MISMATCH (WARNING), MONITORING and EVALUATION.
 * A stated percentage matches the computed executed/planned × 100 when it equals it rounded half-up or
 * truncated to the stated number of decimals.
 */
public final class ExecutionRateRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        if (ctx.type() != FormType.MONITORING && ctx.type() != FormType.EVALUATION) {
            return;
        }
        BigDecimal rate = ctx.executionRate();
        if (rate == null) {
            return;
        }
        BigDecimal stated = ctx.doc().budget() == null ? null : ctx.doc().budget().executionRate();
        if (stated != null && !Tolerances.percentMatches(stated, rate)) {
            out.add(Finding.error(RuleCode.EXECUTION_RATE_MISMATCH, "budget.executionRate",
                    "填报的预算执行率 " + Fmt.stated(stated) + "% 与执行数 ÷ 预算数 = " + Fmt.two(rate) + "% 不符"));
        }
        String marker = ctx.settings().executionRateIndicatorName();
        List<Indicator> inds = ctx.indicators();
        for (int i = 0; i < inds.size(); i++) {
            String name = IndicatorLevels.clean(inds.get(i).name());
            if (!ctx.isDue(i) || marker.isEmpty() || !name.contains(marker)) {
                continue;
            }
            if (ctx.actual(i) instanceof Quantity a && (a.percent() || a.unit() == null)
                    && !Tolerances.percentMatches(a.value(), rate)) {
                out.add(Finding.warning(RuleCode.EXEC_RATE_INDICATOR_MISMATCH,
                        ValidationContext.indicatorPath(i, "actual"),
                        ctx.indicatorLabel(i) + "的完成值 " + Fmt.stated(a.value()) + "% 与预算执行率 "
                                + Fmt.two(rate) + "%（执行数 ÷ 预算数）不符"));
            }
        }
    }
}
