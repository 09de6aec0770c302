package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.value.IndicatorValue;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;
import cn.jixiao.validation.value.IndicatorValueParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TARGET_VALUE_CHANGED and TARGET_INDICATOR_DROPPED (WARNING): the candidate against the signed TARGET form of
 * the same unit, fund and year. When several signed TARGET forms match, the one of the same project is used;
 * without one of the same project, a single match is used and several are ambiguous (no finding). Indicators
 * are matched by name (whitespace and full-width ignored); targets are compared by meaning ({@code ≥95%} equals
 * {@code ≥ 95 ％}), texts without a number by their normalised text.
 */
public final class SignedTargetRules implements CrossFormRule {

    @Override
    public void check(CrossFormContext ctx, List<Finding> out) {
        FormDocument c = ctx.candidate();
        StoredForm signed = signedTarget(ctx);
        if (signed == null) {
            return;
        }
        Map<String, Integer> mine = new LinkedHashMap<>();
        List<Indicator> inds = c.indicators() == null ? List.of() : c.indicators();
        for (int i = 0; i < inds.size(); i++) {
            if (inds.get(i) != null && inds.get(i).name() != null) {
                mine.putIfAbsent(IndicatorValueParser.normalize(inds.get(i).name()), i);
            }
        }
        List<Indicator> theirs = signed.document().indicators() == null ? List.of() : signed.document().indicators();
        List<String> dropped = new ArrayList<>();
        for (Indicator t : theirs) {
            if (t == null || t.name() == null || t.name().isBlank()) {
                continue;
            }
            Integer i = mine.get(IndicatorValueParser.normalize(t.name()));
            if (i == null) {
                dropped.add(t.name().strip());
                continue;
            }
            String now = inds.get(i).target();
            if (!sameTarget(now, t.target())) {
                out.add(Finding.warning(RuleCode.TARGET_VALUE_CHANGED, "indicators[" + i + "].target",
                        "指标“" + t.name().strip() + "”的指标值“" + text(now) + "”与已签发绩效目标表"
                                + CrossFormContext.describe(signed) + "的“" + text(t.target()) + "”不一致"));
            }
        }
        for (String name : dropped) {
            out.add(Finding.warning(RuleCode.TARGET_INDICATOR_DROPPED, "indicators",
                    "已签发绩效目标表" + CrossFormContext.describe(signed) + "中的指标“" + name + "”在本表中缺失"));
        }
    }

    private static StoredForm signedTarget(CrossFormContext ctx) {
        FormDocument c = ctx.candidate();
        List<StoredForm> matches = new ArrayList<>();
        for (StoredForm f : ctx.others()) {
            FormDocument o = f.document();
            if (f.status() == StoredFormStatus.SIGNED && o.type() == FormType.TARGET && c.fund() != null
                    && c.fund() == o.fund() && Objects.equals(c.year(), o.year())
                    && CrossFormContext.sameText(c.unit(), o.unit())) {
                matches.add(f);
            }
        }
        for (StoredForm f : matches) {
            if (CrossFormContext.sameText(c.project(), f.document().project())) {
                return f;
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }

    static boolean sameTarget(String a, String b) {
        IndicatorValue va = IndicatorValueParser.parse(a);
        IndicatorValue vb = IndicatorValueParser.parse(b);
        if (va instanceof Quantity qa && vb instanceof Quantity qb) {
            return qa.comparator() == qb.comparator() && qa.value().compareTo(qb.value()) == 0
                    && Objects.equals(qa.unit(), qb.unit());
        }
        if (va instanceof Range ra && vb instanceof Range rb) {
            return ra.lo().compareTo(rb.lo()) == 0 && ra.hi().compareTo(rb.hi()) == 0
                    && Objects.equals(ra.unit(), rb.unit());
        }
        String na = a == null ? "" : IndicatorValueParser.normalize(a);
        String nb = b == null ? "" : IndicatorValueParser.normalize(b);
        return na.equals(nb);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
