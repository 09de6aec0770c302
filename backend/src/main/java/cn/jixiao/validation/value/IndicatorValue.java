package cn.jixiao.validation.value;

import java.math.BigDecimal;

/**
 * An indicator value ({@code target} or {@code actual}) as parsed by {@link IndicatorValueParser}.
 *
 * <p>Units are base units: the scale words 千/万/百万/千万/亿 are folded into the value ({@code 13.85万人} is
 * {@code 138500} in unit {@code 人}); {@code %} is a unit of its own ({@code percent} is then {@code true}).
 * A {@code null} unit means the number was written without one.
 */
public sealed interface IndicatorValue
        permits IndicatorValue.Quantity, IndicatorValue.Range, IndicatorValue.Qualitative, IndicatorValue.NoValue {

    /** {@code true} for a quantity or a range. */
    default boolean hasNumber() {
        return false;
    }

    /** Base unit, or {@code null}. */
    default String unit() {
        return null;
    }

    /**
     * A single number with an optional comparator.
     *
     * @param comparator as written or implied ({@link Comparator#NONE} when bare)
     * @param value      the number times {@code scale}, with the decimals as written
     * @param unit       base unit ({@code 人}, {@code 人次}, {@code 元}, {@code 元/人}, {@code %} …) or {@code null}
     * @param percent    the unit is {@code %}
     * @param scale      the scale word's factor (1, 1000, 10000, 1000000, 10000000, 100000000)
     */
    record Quantity(Comparator comparator, BigDecimal value, String unit, boolean percent, BigDecimal scale)
            implements IndicatorValue {
        @Override
        public boolean hasNumber() {
            return true;
        }

        /** The number as written, without the scale word. */
        public BigDecimal written() {
            return scale.compareTo(BigDecimal.ONE) == 0 ? value : value.divide(scale);
        }
    }

    /** A range {@code [lo, hi]} (lo ≤ hi), e.g. {@code 105%≤≥95%} → [95, 105] %. */
    record Range(BigDecimal lo, BigDecimal hi, String unit, boolean percent) implements IndicatorValue {
        @Override
        public boolean hasNumber() {
            return true;
        }
    }

    /** Text without a usable number ({@code 每月25日前}, {@code 按时发放}, {@code 无}); trimmed. */
    record Qualitative(String text) implements IndicatorValue {
    }

    /** Nothing: {@code null}, empty, {@code /}, or a unit without a number ({@code 人}). */
    record NoValue(String unit) implements IndicatorValue {
    }
}
