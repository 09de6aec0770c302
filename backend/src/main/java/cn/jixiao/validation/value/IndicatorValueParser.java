package cn.jixiao.validation.value;

import cn.jixiao.validation.value.IndicatorValue.NoValue;
import cn.jixiao.validation.value.IndicatorValue.Qualitative;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the indicator values written on real tables (exchange-format.md, "Indicator values"):
 *
 * <ul>
 *   <li>quantities: optional comparator ({@code ≥ > ≤ < =}, also {@code >= <= ＞＝ ≧ ≦} and the words 不低于,
 *       不少于, 不超过, 不高于, 高于, 超过, 低于, 少于, 达到, 控制在 …), number, optional scale 千/万/百万/千万/亿,
 *       optional unit, optional 以上 / 以下 / 以内 / 内 / 左右; text before the comparator (上访率控制在…) and
 *       after a delimiter (… , 维护社会稳定) is ignored; without a comparator a leading label is only accepted
 *       when it names a measure (…率, …度, …数, …额, …标准, "label:");</li>
 *   <li>ranges: {@code 105%≤≥95%}, {@code 105 ≤ ≥95%}, {@code ≥95%或≤105%}, {@code ≥95%≤105%},
 *       {@code 95%-105%}, {@code 95%至105%}, {@code 95%~105%}, {@code 95%≤X≤105%};</li>
 *   <li>no value: {@code null}, empty, {@code /}, {@code -}, {@code —}, or a unit alone ({@code 人}, {@code 万元});</li>
 *   <li>anything else with text is qualitative ({@code 每月25日前}, {@code 按时发放}, {@code 无}).</li>
 * </ul>
 *
 * Full-width digits and symbols, spaces and thousands separators are normalised first. Stateless: the static
 * tables are built once and never modified.
 */
public final class IndicatorValueParser {

    /** A parsed unit text such as {@code 万元}: scale factor and base unit. */
    public record UnitSpec(BigDecimal scale, String base) {
    }

    private static final BigDecimal TEN = BigDecimal.TEN;

    /** written unit → base unit */
    private static final Map<String, String> UNITS;
    private static final String[] UNIT_KEYS;
    /** UNIT_KEYS by their first character, longest first. */
    private static final Map<Character, String[]> UNITS_BY_FIRST_CHAR;
    private static final Map<String, BigDecimal> SCALES;
    private static final String[] SCALE_KEYS;

    static {
        Map<String, String> units = new LinkedHashMap<>();
        String[] same = {"人", "人次", "户", "户次", "个", "家", "次", "月", "元", "元/人", "元/人次", "元/户", "元/月",
            "元/年", "元/天", "元/人·月", "元/人·年", "元/人·天", "元/亩", "%", "‰", "件", "项", "天", "工作日", "小时",
            "分钟", "年", "岁", "份", "所", "台", "辆", "张", "本", "套", "批", "期", "场", "篇", "条", "笔", "例", "床",
            "座", "处", "村", "倍", "百分点", "平方米", "公里", "吨", "亩", "单位", "类", "周", "季度", "分", "人月"};
        for (String u : same) {
            units.put(u, u);
        }
        units.put("名", "人");
        units.put("位", "人");
        units.put("个月", "月");
        units.put("日", "天");
        units.put("个工作日", "工作日");
        units.put("个百分点", "百分点");
        units.put("元/人/月", "元/人·月");
        units.put("元/人/年", "元/人·年");
        units.put("元/人月", "元/人·月");
        units.put("元/人年", "元/人·年");
        units.put("元每人", "元/人");
        units.put("千米", "公里");
        units.put("个季度", "季度");
        UNITS = Collections.unmodifiableMap(units);
        UNIT_KEYS = UNITS.keySet().stream().sorted((x, y) -> y.length() - x.length())
                .toArray(String[]::new);
        Map<Character, java.util.List<String>> byFirst = new java.util.HashMap<>();
        for (String u : UNIT_KEYS) {
            byFirst.computeIfAbsent(u.charAt(0), k -> new java.util.ArrayList<>()).add(u);
        }
        Map<Character, String[]> index = new java.util.HashMap<>();
        byFirst.forEach((c, list) -> index.put(c, list.toArray(String[]::new)));
        UNITS_BY_FIRST_CHAR = Map.copyOf(index);

        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        scales.put("千万", new BigDecimal("10000000"));
        scales.put("百万", new BigDecimal("1000000"));
        scales.put("亿", new BigDecimal("100000000"));
        scales.put("万", new BigDecimal("10000"));
        scales.put("千", new BigDecimal("1000"));
        SCALES = Collections.unmodifiableMap(scales);
        SCALE_KEYS = SCALES.keySet().toArray(String[]::new);
    }

    private record Phrase(String text, Comparator cmp, boolean neutral) {
    }

    private static final Phrase[] PHRASES;

    static {
        Phrase[] p = {
            new Phrase("大于或等于", Comparator.GE, false),
            new Phrase("大于等于", Comparator.GE, false),
            new Phrase("小于或等于", Comparator.LE, false),
            new Phrase("小于等于", Comparator.LE, false),
            new Phrase("不低于", Comparator.GE, false),
            new Phrase("不少于", Comparator.GE, false),
            new Phrase("不小于", Comparator.GE, false),
            new Phrase("至少", Comparator.GE, false),
            new Phrase("不超过", Comparator.LE, false),
            new Phrase("不高于", Comparator.LE, false),
            new Phrase("不大于", Comparator.LE, false),
            new Phrase("不多于", Comparator.LE, false),
            new Phrase("至多", Comparator.LE, false),
            new Phrase("最多", Comparator.LE, false),
            new Phrase("高于", Comparator.GT, false),
            new Phrase("大于", Comparator.GT, false),
            new Phrase("多于", Comparator.GT, false),
            new Phrase("超过", Comparator.GT, false),
            new Phrase("低于", Comparator.LT, false),
            new Phrase("小于", Comparator.LT, false),
            new Phrase("少于", Comparator.LT, false),
            new Phrase("等于", Comparator.EQ, false),
            // neutral words: their direction gives way to a following 以上 / 以下 / 以内
            new Phrase("控制在", Comparator.LE, true),
            new Phrase("保持在", Comparator.EQ, true),
            new Phrase("稳定在", Comparator.EQ, true),
            new Phrase("达到", Comparator.GE, true),
            new Phrase("约为", Comparator.EQ, true),
            new Phrase("大约", Comparator.EQ, true),
            new Phrase("达", Comparator.GE, true),
            new Phrase("约", Comparator.EQ, true),
            new Phrase("在", Comparator.EQ, true),
            new Phrase("为", Comparator.EQ, true),
        };
        Arrays.sort(p, (x, y) -> y.text.length() - x.text.length());
        PHRASES = p;
    }

    private static final String[] SUFFIXES = {"及以上", "及以下", "以上", "以下", "以内", "之内", "左右", "上下", "内"};
    private static final String[] RANGE_SUFFIXES = {"区间内", "之间", "以内", "之内", "内"};
    private static final String[] RANGE_SEPARATORS = {"——", "—", "-", "~", "至", "到"};
    private static final String[] CONNECTORS = {"并且", "或者", "或", "且", "和", "与", "并", ",", "、", ";"};
    private static final String[] MEASURE_NOUNS = {"率", "度", "数", "额", "量", "比例", "比重", "占比", "标准", "水平",
        "时限", "周期", "人次", "成本", "补助", "金额", ":"};

    private IndicatorValueParser() {
    }

    /** Parses a value as written on a table. Never throws; never returns {@code null}. */
    public static IndicatorValue parse(String raw) {
        if (raw == null) {
            return new NoValue(null);
        }
        String s = normalize(raw);
        if (s.isEmpty() || isPlaceholder(s)) {
            return new NoValue(null);
        }
        int d = firstDigit(s);
        if (d < 0) {
            UnitSpec u = parseUnit(s);
            if (u != null) {
                return new NoValue(u.base());
            }
            return new Qualitative(raw.strip());
        }
        IndicatorValue v = numeric(s, d);
        return v != null ? v : new Qualitative(raw.strip());
    }

    /**
     * A unit text alone ({@code 万元}, {@code 人}, {@code 亿元}): its scale and base unit, or {@code null} when it is
     * not a known unit. Used for {@code amountUnit}.
     */
    public static UnitSpec parseUnit(String text) {
        if (text == null) {
            return null;
        }
        String s = normalize(text);
        if (s.isEmpty()) {
            return null;
        }
        String u = match(s, 0, UNIT_KEYS);
        if (u != null && u.length() == s.length()) {
            return new UnitSpec(BigDecimal.ONE, UNITS.get(u));
        }
        String sc = match(s, 0, SCALE_KEYS);
        if (sc != null) {
            String rest = s.substring(sc.length());
            String u2 = match(rest, 0, UNIT_KEYS);
            if (u2 != null && u2.length() == rest.length()) {
                return new UnitSpec(SCALES.get(sc), UNITS.get(u2));
            }
        }
        return null;
    }

    /**
     * Normalised form used for parsing and for comparing texts: whitespace removed, full-width digits and
     * symbols made half-width, {@code >= <= ≧ ≦} made {@code ≥ ≤}, thousands separators removed.
     */
    public static String normalize(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else {
                switch (c) {
                    case '．' -> c = '.';
                    case '％' -> c = '%';
                    case '＞' -> c = '>';
                    case '＜' -> c = '<';
                    case '＝' -> c = '=';
                    case '≧', '⩾', '≮' -> c = '≥';
                    case '≦', '⩽', '≯' -> c = '≤';
                    case '～', '〜' -> c = '~';
                    case '－', '–', '−', '﹣' -> c = '-';
                    case '／' -> c = '/';
                    case '（' -> c = '(';
                    case '）' -> c = ')';
                    case '：' -> c = ':';
                    case '，' -> c = ',';
                    case '；' -> c = ';';
                    case '＋' -> c = '+';
                    case '•', '・', '∙' -> c = '·';
                    default -> {
                    }
                }
            }
            b.append(c);
        }
        // comparators written with two characters, thousands separators
        StringBuilder o = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            char n = i + 1 < b.length() ? b.charAt(i + 1) : 0;
            if ((c == '>' && n == '=') || (c == '=' && n == '>') || (c == '≥' && n == '=')) {
                o.append('≥');
                i++;
            } else if ((c == '<' && n == '=') || (c == '=' && n == '<') || (c == '≤' && n == '=')) {
                o.append('≤');
                i++;
            } else if (c == ',' && isThousandsSeparator(b, i)) {
                // drop
            } else {
                o.append(c);
            }
        }
        return o.toString();
    }

    /** Nothing for {@link #normalize} to change: no whitespace, full-width or two-character symbol, no comma. */
    private static boolean isNormal(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == ',' || c == '=' || c == '>' || c == '<' || c == '\u00A0' || c == '\u200B'
                    || c == '\uFEFF' || c == '\u2013' || c == '\u2212' || c == '\u2022' || c == '\u2219'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                    || c == '\u205F' || (c >= '\u2A7D' && c <= '\u2A7E') || c == '\u2266' || c == '\u2267'
                    || c == '\u226E' || c == '\u226F' || c == '\u3000' || c == '\u301C' || c == '\u30FB'
                    || c == '\uFE63' || (c >= '\uFF01' && c <= '\uFF5E') || c == '\u1680' || c == '\u180E'
                    || c == '\u0085') {
                return false;
            }
        }
        return true;
    }

    private static boolean isThousandsSeparator(CharSequence s, int i) {
        int n = s.length();
        if (i == 0 || !isDigit(s.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= n || !isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        if (i + 4 < n && isDigit(s.charAt(i + 4))) {
            return false;
        }
        int run = 0;
        for (int k = i - 1; k >= 0 && isDigit(s.charAt(k)); k--) {
            run++;
        }
        if (run > 3) {
            return false;
        }
        // the group before must not be a decimal fraction (0.5,123)
        int before = i - 1 - run;
        return before < 0 || s.charAt(before) != '.';
    }

    // ------------------------------------------------------------------ internals

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPlaceholder(String s) {
        if (s.equalsIgnoreCase("N/A") || s.equalsIgnoreCase("NA") || s.equals("空白")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("/\\-—_.·~".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String match(String s, int p, String[] options) {
        if (p >= s.length()) {
            return null;
        }
        if (options == UNIT_KEYS) {
            String[] byFirst = UNITS_BY_FIRST_CHAR.get(s.charAt(p));
            if (byFirst == null) {
                return null;
            }
            options = byFirst;
        }
        for (String o : options) {
            if (s.startsWith(o, p)) {
                return o;
            }
        }
        return null;
    }

    private static boolean isCmpSymbol(char c) {
        return c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=';
    }

    private static Comparator symbol(char c) {
        return switch (c) {
            case '≥' -> Comparator.GE;
            case '≤' -> Comparator.LE;
            case '>' -> Comparator.GT;
            case '<' -> Comparator.LT;
            case '=' -> Comparator.EQ;
            default -> null;
        };
    }

    private static int direction(Comparator c) {
        if (c == null) {
            return 0;
        }
        return c.lowerLimit() ? 1 : c.upperLimit() ? -1 : 0;
    }

    /** A comparator found before or between numbers. */
    private record Cmp(Comparator cmp, boolean neutral, int length) {
    }

    private static Cmp comparatorEndingAt(String prefix) {
        if (prefix.isEmpty()) {
            return null;
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (isCmpSymbol(last)) {
            return new Cmp(symbol(last), false, 1);
        }
        for (Phrase p : PHRASES) {
            if (prefix.endsWith(p.text)) {
                return new Cmp(p.cmp, p.neutral, p.text.length());
            }
        }
        return null;
    }

    private static Cmp comparatorAt(String s, int p) {
        if (p >= s.length()) {
            return null;
        }
        char c = s.charAt(p);
        if (isCmpSymbol(c)) {
            return new Cmp(symbol(c), false, 1);
        }
        for (Phrase ph : PHRASES) {
            if (!ph.neutral && s.startsWith(ph.text, p)) {
                return new Cmp(ph.cmp, false, ph.text.length());
            }
        }
        if (s.startsWith("控制在", p)) {
            return new Cmp(Comparator.LE, true, 3);
        }
        return null;
    }

    private static boolean isMeasureLabel(String prefix) {
        for (String n : MEASURE_NOUNS) {
            if (prefix.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /** A number with its scale and unit. */
    private record Num(BigDecimal value, String unit, BigDecimal scale, int end) {
        Num withUnit(String u, BigDecimal sc) {
            BigDecimal v = scale.compareTo(BigDecimal.ONE) == 0 && sc.compareTo(BigDecimal.ONE) != 0
                    ? value.multiply(sc) : value;
            return new Num(v, u, scale.compareTo(BigDecimal.ONE) == 0 ? sc : scale, end);
        }
    }

    private static Num readNum(String s, int p) {
        int i = p;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        BigDecimal number = new BigDecimal(s.substring(p, i));
        BigDecimal scale = BigDecimal.ONE;
        String written = match(s, i, UNIT_KEYS);
        if (written == null) {
            String sc = match(s, i, SCALE_KEYS);
            if (sc != null) {
                scale = SCALES.get(sc);
                i += sc.length();
                written = match(s, i, UNIT_KEYS);
            }
        }
        String base = null;
        if (written != null) {
            i += written.length();
            base = UNITS.get(written);
            if (base.equals("‰")) {
                number = number.divide(TEN);
                base = "%";
            }
        }
        BigDecimal value = scale.compareTo(BigDecimal.ONE) == 0 ? number : number.multiply(scale);
        return new Num(value, base, scale, i);
    }

    private static boolean trailingOk(String s, int e) {
        if (e >= s.length()) {
            return true;
        }
        char c = s.charAt(e);
        if (c == '(') {
            int close = s.indexOf(')', e);
            return close > 0 && trailingOk(s, close + 1);
        }
        return ",;。、!！.".indexOf(c) >= 0;
    }

    private static IndicatorValue numeric(String s, int d) {
        int start = d;
        if (d > 0 && s.charAt(d - 1) == '-' && (d == 1 || isCmpSymbol(s.charAt(d - 2)))) {
            start = d - 1;
        }
        String prefix = s.substring(0, start);
        Cmp c1 = comparatorEndingAt(prefix);
        if (c1 == null && !prefix.isEmpty() && !isMeasureLabel(prefix)) {
            return null;
        }
        Num q1 = readNum(s, start);
        if (q1 == null) {
            return null;
        }
        int p = q1.end;

        // 105%≤≥95%
        if (c1 == null && (s.startsWith("≤≥", p) || s.startsWith("≥≤", p))) {
            return rangeAfter(s, q1, p + 2);
        }
        // 95%-105%, 95%至105%, 95%~105%
        if (c1 == null || c1.neutral) {
            String sep = match(s, p, RANGE_SEPARATORS);
            if (sep != null && p + sep.length() < s.length() && (isDigit(s.charAt(p + sep.length()))
                    || s.charAt(p + sep.length()) == '-')) {
                return rangeAfter(s, q1, p + sep.length());
            }
        }
        // ≥95%或≤105%, ≥95%≤105%, 不低于95%且不高于105%
        int pc = p;
        String conn = match(s, pc, CONNECTORS);
        if (conn != null) {
            pc += conn.length();
        }
        Cmp c2 = comparatorAt(s, pc);
        if (c2 != null) {
            if (c1 != null && direction(c1.cmp) * direction(c2.cmp) == -1) {
                IndicatorValue r = rangeAfter(s, q1, pc + c2.length);
                if (r != null) {
                    return r;
                }
            } else if (c1 == null && conn == null && direction(c2.cmp) != 0 && c2.length == 1) {
                // 95%≤X≤105%
                int k = pc + 1;
                while (k < s.length() && !isDigit(s.charAt(k)) && !isCmpSymbol(s.charAt(k))) {
                    k++;
                }
                if (k < s.length() && isCmpSymbol(s.charAt(k)) && direction(symbol(s.charAt(k))) == direction(c2.cmp)
                        && k > pc + 1) {
                    IndicatorValue r = rangeAfter(s, q1, k + 1);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        // a single quantity
        int e = p;
        String suffix = match(s, e, SUFFIXES);
        Comparator sufCmp = null;
        if (suffix != null) {
            e += suffix.length();
            sufCmp = switch (suffix) {
                case "及以上", "以上" -> Comparator.GE;
                case "左右", "上下" -> Comparator.EQ;
                default -> Comparator.LE;
            };
        }
        if (!trailingOk(s, e)) {
            return null;
        }
        Comparator cmp;
        if (c1 == null) {
            cmp = sufCmp == null ? Comparator.NONE : sufCmp;
        } else if (c1.neutral && sufCmp != null) {
            cmp = sufCmp;
        } else {
            cmp = c1.cmp;
        }
        return new Quantity(cmp, q1.value, q1.unit, "%".equals(q1.unit), q1.scale);
    }

    private static IndicatorValue rangeAfter(String s, Num q1, int p) {
        Num q2 = readNum(s, p);
        if (q2 == null) {
            return null;
        }
        int e = q2.end;
        String suffix = match(s, e, RANGE_SUFFIXES);
        if (suffix != null) {
            e += suffix.length();
        }
        if (!trailingOk(s, e)) {
            return null;
        }
        Num a = q1;
        Num b = q2;
        if (a.unit == null && b.unit != null) {
            a = a.withUnit(b.unit, b.scale);
        } else if (b.unit == null && a.unit != null) {
            b = b.withUnit(a.unit, a.scale);
        } else if (a.unit != null && !a.unit.equals(b.unit)) {
            return null;
        } else if (a.unit == null && a.scale.compareTo(BigDecimal.ONE) == 0 && b.scale.compareTo(BigDecimal.ONE) != 0) {
            a = a.withUnit(null, b.scale);
        }
        BigDecimal lo = a.value.min(b.value);
        BigDecimal hi = a.value.compareTo(b.value) <= 0 ? b.value : a.value;
        return new Range(lo, hi, a.unit, "%".equals(a.unit));
    }
}
