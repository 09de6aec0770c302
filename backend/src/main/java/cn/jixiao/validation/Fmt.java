package cn.jixiao.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for messages and computed values. */
public final class Fmt {

    private Fmt() {
    }

    /** Two decimals, half-up ({@code 7800.00}). */
    public static String two(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As stated ({@code 68.70} stays {@code 68.70}). */
    public static String stated(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    /** Rounded half-up to {@code decimals}, trailing zeros dropped, never in exponent notation. */
    public static BigDecimal round(BigDecimal v, int decimals) {
        if (v == null) {
            return null;
        }
        BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
