package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.Goal;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.value.IndicatorValue.Quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * INDICATOR_RATE_MISMATCH (WARNING) and OVERALL_RATE_MISMATCH (WARNING), MONITORING only.
 *
 * <p>A due indicator with a single-bound quantity target and a comparable quantity actual: its stated
 * completionRate must match (±{@code tolerance.completionRate}) one of achievement, achievement × timeProgress
 * / 100, and the same two with achievement capped at 100. Range and qualitative targets are not checked, nor
 * is anything when the time progress is unknown (monitorMonth missing or invalid: REQUIRED_FIELD_MISSING).
 * goal.completionRate must match the mean of the due indicators' stated completion rates (same tolerance).
 */
public final class CompletionRateRules implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        if (ctx.type() != FormType.MONITORING) {
            return;
        }
        BigDecimal tp = ctx.timeProgress();
        List<Indicator> inds = ctx.indicators();
        for (int i = 0; i < inds.size(); i++) {
            BigDecimal stated = inds.get(i).completionRate();
            BigDecimal ach = ctx.achievement(i);
            if (tp == null || stated == null || ach == null || !ctx.isDue(i)
                    || !(ctx.target(i) instanceof Quantity) || !(ctx.actual(i) instanceof Quantity)) {
                continue;
            }
            List<BigDecimal> candidates = new ArrayList<>(4);
            BigDecimal capped = ach.min(HUNDRED);
            candidates.add(ach);
            candidates.add(capped);
            candidates.add(ach.multiply(tp).divide(HUNDRED, 10, RoundingMode.HALF_UP));
            candidates.add(capped.multiply(tp).divide(HUNDRED, 10, RoundingMode.HALF_UP));
            boolean ok = false;
            for (BigDecimal c : candidates) {
                if (ctx.tolerances().rateMatches(stated, c)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                StringBuilder m = new StringBuilder();
                m.append(ctx.indicatorLabel(i)).append("填报的完成率 ").append(Fmt.stated(stated))
                        .append("% 与计算值不符：完成值 ÷ 指标值 = ").append(Fmt.two(ach)).append('%');
                m.append("，按时间进度 ").append(Fmt.two(tp)).append("% 折算为 ")
                        .append(Fmt.two(candidates.get(2))).append('%');
                if (ach.compareTo(HUNDRED) > 0) {
                    m.append("，封顶 100% 后为 100.00% / ").append(Fmt.two(candidates.get(3))).append('%');
                }
                m.append("（允许误差 ±").append(Fmt.stated(ctx.settings().completionRateTolerance()))
                        .append(" 个百分点）");
                out.add(Finding.warning(RuleCode.INDICATOR_RATE_MISMATCH,
                        ValidationContext.indicatorPath(i, "completionRate"), m.toString()));
            }
        }

        Goal goal = ctx.doc().goal();
        BigDecimal mean = ctx.statedRateMean();
        if (goal != null && goal.completionRate() != null && mean != null
                && !ctx.tolerances().rateMatches(goal.completionRate(), mean)) {
            out.add(Finding.warning(RuleCode.OVERALL_RATE_MISMATCH, "goal.completionRate",
                    "总体完成率 " + Fmt.stated(goal.completionRate()) + "% 与到期指标填报完成率的平均值 "
                            + Fmt.two(mean) + "% 相差超过 " + Fmt.stated(ctx.settings().completionRateTolerance())
                            + " 个百分点"));
        }
    }
}
