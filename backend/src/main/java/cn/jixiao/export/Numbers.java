package cn.jixiao.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Formatting numbers for the tables, and reading numbers as people write them into spreadsheets. */
final class Numbers {

    /** Why a text is not a number (a Chinese phrase: 不是数字, 金额单位应为万元 …). */
    static final class NotANumber extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotANumber(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What a number stands for, which decides the suffixes accepted. */
    enum Kind { AMOUNT, RATE, PLAIN, INTEGER }

    private static final Set<String> BLANK = Set.of("/", "-", "—", "——", "–", "无", "空", "N/A", "n/a");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() {
    }

    /** Two decimals, half-up: {@code 222593.00}. */
    static String two(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As the value carries it, never in exponent notation. */
    static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** Rounded half-up to at most two decimals, trailing zeros dropped. */
    static BigDecimal atMostTwo(BigDecimal v) {
        BigDecimal r = v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v;
        return strip(r);
    }

    /** Trailing zeros dropped, scale never negative ({@code 1000} stays {@code 1000}). */
    static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Full-width forms to ASCII (１２３．４５ → 123.45, ％ → %, （ → (), whitespace removed. */
    static String squeeze(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads a number written as text: full-width digits, thousands separators, spaces, a trailing {@code 万元}
     * (amounts) or {@code %} (rates). Returns {@code null} for a blank or a placeholder ({@code /}, {@code —},
     * {@code 无}); throws {@link NotANumber} with the reason otherwise. Decimals are kept as written.
     */
    static BigDecimal parse(String raw, Kind kind) {
        if (raw == null) {
            return null;
        }
        String s = squeeze(raw);
        if (s.isEmpty() || BLANK.contains(s)) {
            return null;
        }
        switch (kind) {
            case AMOUNT -> {
                if (s.startsWith("(万元)") || s.startsWith("（万元）")) {
                    s = s.substring(4);
                }
                if (s.endsWith("(万元)")) {
                    s = s.substring(0, s.length() - 4);
                } else if (s.endsWith("万元")) {
                    s = s.substring(0, s.length() - 2);
                } else if (s.endsWith("元") || s.endsWith("亿元")) {
                    throw new NotANumber("金额单位应为万元");
                }
            }
            case RATE -> {
                if (s.endsWith("%")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
            case INTEGER, PLAIN -> {
            }
        }
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                throw new NotANumber("不是数字");
            }
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new NotANumber("不是数字");
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        BigDecimal v = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
        if (kind == Kind.INTEGER) {
            try {
                return new BigDecimal(strip(v).toBigIntegerExact());
            } catch (ArithmeticException e) {
                throw new NotANumber("不是整数");
            }
        }
        return v;
    }
}
