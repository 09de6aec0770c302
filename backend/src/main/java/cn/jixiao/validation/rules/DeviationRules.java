package cn.jixiao.validation.rules;

import cn.jixiao.document.Deviation;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.document.Likelihood;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.ValidationContext.DeviationTrigger;
import cn.jixiao.validation.value.IndicatorValue.Quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DEVIATION_EXPLANATION_REQUIRED (ERROR, MONITORING and EVALUATION), OVER_ACHIEVEMENT_UNEXPLAINED (WARNING,
 * EVALUATION) and LIKELIHOOD_UNEXPLAINED (ERROR, MONITORING). The deviation condition itself is computed
 * once in {@link ValidationContext} (it is also {@code computed.deviationRequired}).
 */
public final class DeviationRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        FormType type = ctx.type();
        if (type != FormType.MONITORING && type != FormType.EVALUATION) {
            return;
        }
        Deviation d = ctx.doc().deviation();
        boolean noReason = ctx.isEmptyText(d == null ? null : d.reason());
        boolean noMeasures = ctx.isEmptyText(d == null ? null : d.measures());

        if (ctx.deviationRequired()) {
            String why = ctx.deviationTriggers().stream().map(DeviationTrigger::description)
                    .collect(Collectors.joining("；"));
            if (noReason) {
                out.add(Finding.error(RuleCode.DEVIATION_EXPLANATION_REQUIRED, "deviation.reason",
                        "须填写偏差原因：" + why));
            }
            if (noMeasures) {
                out.add(Finding.error(RuleCode.DEVIATION_EXPLANATION_REQUIRED, "deviation.measures",
                        "须填写采取的措施：" + why));
            }
        }

        List<Indicator> inds = ctx.indicators();
        if (type == FormType.EVALUATION && noReason) {
            BigDecimal limit = ctx.settings().overAchievement();
            for (int i = 0; i < inds.size(); i++) {
                BigDecimal a = ctx.achievement(i);
                if (ctx.isDue(i) && a != null && ctx.target(i) instanceof Quantity q && q.comparator().positive()
                        && a.compareTo(limit) >= 0) {
                    out.add(Finding.warning(RuleCode.OVER_ACHIEVEMENT_UNEXPLAINED,
                            ValidationContext.indicatorPath(i, "actual"),
                            ctx.indicatorLabel(i) + "完成率 " + Fmt.two(a) + "% 达到或超过 " + Fmt.stated(limit)
                                    + "%，目标可能设定偏低，请在偏差原因中说明"));
                }
            }
        }

        if (type == FormType.MONITORING && (noReason || noMeasures)) {
            for (int i = 0; i < inds.size(); i++) {
                Likelihood l = inds.get(i).likelihood();
                if (l == Likelihood.POSSIBLE || l == Likelihood.IMPOSSIBLE) {
                    out.add(Finding.error(RuleCode.LIKELIHOOD_UNEXPLAINED,
                            ValidationContext.indicatorPath(i, "likelihood"),
                            ctx.indicatorLabel(i) + "完成目标可能性为“" + l.label() + "”，须填写偏差原因和采取的措施"));
                }
            }
        }
    }
}
