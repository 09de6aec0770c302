package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Fmt;
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.value.IndicatorValue;
import cn.jixiao.validation.value.IndicatorValue.NoValue;
import cn.jixiao.validation.value.IndicatorValue.Qualitative;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;
import cn.jixiao.validation.value.IndicatorValueParser;
import cn.jixiao.validation.value.IndicatorValueParser.UnitSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * INDICATOR_TARGET_MISSING (ERROR, all forms), INDICATOR_TARGET_NOT_QUANTIFIED (ERROR, TARGET) and
 * TARGET_AMOUNT_EXCEEDS_BUDGET (WARNING, TARGET).
 */
public final class IndicatorTargetRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        List<Indicator> inds = ctx.indicators();
        boolean targetForm = ctx.type() == FormType.TARGET;
        BigDecimal planned = ctx.line("planned") == null ? null : ctx.line("planned").total();
        UnitSpec amountUnit = IndicatorValueParser.parseUnit(ctx.doc().amountUnit());
        boolean amountsComparable = amountUnit != null && "元".equals(amountUnit.base()) && planned != null;

        for (int i = 0; i < inds.size(); i++) {
            Indicator ind = inds.get(i);
            IndicatorValue t = ctx.target(i);
            String path = ValidationContext.indicatorPath(i, "target");
            if (t instanceof NoValue) {
                out.add(Finding.error(RuleCode.INDICATOR_TARGET_MISSING, path,
                        ctx.indicatorLabel(i) + "未填写指标值" + written(ind.target())));
                continue;
            }
            if (!targetForm) {
                continue;
            }
            if (t instanceof Qualitative && IndicatorLevels.QUANTITY.equals(ctx.level2Name(i))) {
                out.add(Finding.error(RuleCode.INDICATOR_TARGET_NOT_QUANTIFIED, path,
                        "数量指标“" + name(ind) + "”的指标值“" + ind.target().strip() + "”没有数值，数量指标须量化"));
            }
            if (amountsComparable) {
                BigDecimal amount = null;
                if (t instanceof Quantity q && "元".equals(q.unit())) {
                    amount = q.value();
                } else if (t instanceof Range r && "元".equals(r.unit())) {
                    amount = r.hi();
                }
                if (amount != null) {
                    BigDecimal inUnit = amount.divide(amountUnit.scale(), 10, RoundingMode.HALF_UP);
                    if (ctx.tolerances().amountExceeds(inUnit, planned)) {
                        out.add(Finding.warning(RuleCode.TARGET_AMOUNT_EXCEEDS_BUDGET, path,
                                ctx.indicatorLabel(i) + "的指标值 " + Fmt.two(inUnit) + " " + ctx.amountUnit()
                                        + "超过预算数 " + Fmt.two(planned) + " " + ctx.amountUnit()));
                    }
                }
            }
        }
    }

    private static String name(Indicator ind) {
        return ind.name() == null ? "" : ind.name().strip();
    }

    private static String written(String target) {
        return target == null || target.isBlank() ? "" : "（填写为“" + target.strip() + "”，没有数值）";
    }
}
