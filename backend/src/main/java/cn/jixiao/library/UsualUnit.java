package cn.jixiao.library;

import cn.jixiao.validation.value.IndicatorValueParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit an indicator value is written in, as written: {@code ≥13.85万人} → 万人, {@code ≥95%} → %. */
final class UsualUnit {

    /** What follows the last number, up to 20 characters. */
    private static final Pattern TRAILING = Pattern.compile("[0-9][0-9.,]*\\s*([^0-9\\s.,≤≥<>=]{1,20})\\s*$");

    private UsualUnit() {
    }

    /** The unit of a numeric value, {@code null} for a value without a number or a unit (达成目标, 100). */
    static String of(String value) {
        if (value == null || !IndicatorValueParser.parse(value).hasNumber()) {
            return null;
        }
        Matcher m = TRAILING.matcher(IndicatorValueParser.normalize(value));
        return m.find() ? m.group(1) : null;
    }
}
