package cn.jixiao.validation;

import cn.jixiao.validation.value.Comparator;
import cn.jixiao.validation.value.IndicatorValue;
import cn.jixiao.validation.value.IndicatorValue.NoValue;
import cn.jixiao.validation.value.IndicatorValue.Qualitative;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;
import cn.jixiao.validation.value.IndicatorValueParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Per-indicator achievement (完成率, percent) of rules.md, unrounded (scale 10):
 * <ul>
 *   <li>正向 ({@code ≥ t}, {@code > t}, {@code = t}, bare {@code t}): actual / t × 100 (not computable when t ≤ 0);</li>
 *   <li>反向 ({@code ≤ t}, {@code < t}): 100 when actual ≤ t, else max(0, 2 − actual/t) × 100 (0 when t is 0);</li>
 *   <li>range [lo, hi]: 100 inside, actual/lo × 100 below, hi/actual × 100 above;</li>
 *   <li>otherwise (qualitative target or actual): 100 when the actual equals the target or states completion
 *       (达成, 完成, 按时, 平稳, 足额 without a negation; 无 for a ≤-type target), else not computable.</li>
 * </ul>
 * An actual written with a comparator counts as its bound. Target and actual must have the same base unit
 * (a value without unit takes the other's unit and scale); otherwise not computable.
 */
public final class Achievement {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 10;
    private static final List<String> NEGATIONS = List.of("未", "没", "不", "无法", "欠");
    private static final List<String> NONE_WORDS = List.of("无", "没有", "零", "未发生");

    private Achievement() {
    }

    /** The achievement in percent, or {@code null} when not computable. */
    public static BigDecimal of(IndicatorValue target, IndicatorValue actual, String targetText, String actualText,
                                ValidationSettings settings) {
        if (actual == null || actual instanceof NoValue || target == null || target instanceof NoValue) {
            return null;
        }
        if (actual instanceof Quantity a) {
            if (target instanceof Quantity t) {
                BigDecimal[] v = align(t, a);
                return v == null ? null : quantity(t.comparator(), v[0], v[1]);
            }
            if (target instanceof Range r) {
                if (r.unit() != null && a.unit() != null && !r.unit().equals(a.unit())) {
                    return null;
                }
                return range(r.lo(), r.hi(), a.value());
            }
        }
        return qualitative(target, actual, targetText, actualText, settings);
    }

    /**
     * Target and actual values in the same scale, or {@code null} when their base units differ. A number
     * written without a unit is read in the other's unit and scale ({@code 13.85万人} vs {@code 15.92}).
     */
    static BigDecimal[] align(Quantity t, Quantity a) {
        if (t.unit() != null && a.unit() != null) {
            return t.unit().equals(a.unit()) ? new BigDecimal[] {t.value(), a.value()} : null;
        }
        BigDecimal tv = t.value();
        BigDecimal av = a.value();
        if (t.unit() != null && isOne(a.scale())) {
            av = av.multiply(t.scale());
        } else if (a.unit() != null && isOne(t.scale())) {
            tv = tv.multiply(a.scale());
        }
        return new BigDecimal[] {tv, av};
    }

    private static boolean isOne(BigDecimal d) {
        return d.compareTo(BigDecimal.ONE) == 0;
    }

    static BigDecimal quantity(Comparator cmp, BigDecimal t, BigDecimal a) {
        if (cmp.positive()) {
            if (t.signum() <= 0) {
                return null;
            }
            return a.multiply(HUNDRED).divide(t, SCALE, RoundingMode.HALF_UP);
        }
        if (a.compareTo(t) <= 0) {
            return HUNDRED.setScale(SCALE);
        }
        if (t.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        if (t.signum() < 0) {
            return null;
        }
        BigDecimal v = BigDecimal.valueOf(2).subtract(a.divide(t, SCALE + 4, RoundingMode.HALF_UP))
                .multiply(HUNDRED).setScale(SCALE, RoundingMode.HALF_UP);
        return v.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : v;
    }

    static BigDecimal range(BigDecimal lo, BigDecimal hi, BigDecimal a) {
        if (a.compareTo(lo) >= 0 && a.compareTo(hi) <= 0) {
            return HUNDRED.setScale(SCALE);
        }
        if (a.compareTo(lo) < 0) {
            return lo.signum() <= 0 ? null : a.multiply(HUNDRED).divide(lo, SCALE, RoundingMode.HALF_UP);
        }
        return a.signum() <= 0 ? null : hi.multiply(HUNDRED).divide(a, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal qualitative(IndicatorValue target, IndicatorValue actual, String targetText,
                                          String actualText, ValidationSettings settings) {
        String na = actualText == null ? "" : IndicatorValueParser.normalize(actualText);
        String nt = targetText == null ? "" : IndicatorValueParser.normalize(targetText);
        if (!na.isEmpty() && na.equals(nt)) {
            return HUNDRED.setScale(SCALE);
        }
        if (actual instanceof Qualitative q) {
            String x = IndicatorValueParser.normalize(q.text());
            if (target instanceof Quantity t && t.comparator().upperLimit() && NONE_WORDS.contains(stripEnd(x))) {
                return HUNDRED.setScale(SCALE);
            }
            if (statesCompletion(x, settings.completionWords())) {
                return HUNDRED.setScale(SCALE);
            }
        }
        return null;
    }

    /** Contains a completion word and no negation. */
    public static boolean statesCompletion(String text, List<String> words) {
        boolean found = false;
        for (String w : words) {
            if (text.contains(w)) {
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
        for (String n : NEGATIONS) {
            if (text.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && "。.,;!！".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }
}
