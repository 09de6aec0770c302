package cn.jixiao.validation.value;

import cn.jixiao.validation.value.IndicatorValue.NoValue;
import cn.jixiao.validation.value.IndicatorValue.Qualitative;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Table-driven: every form of exchange-format.md's table plus variants seen on real tables. Expected values
 * are written as {@code Q <comparator> <value in base scale> [unit]}, {@code R <lo>..<hi> [unit]},
 * {@code T <text>} (qualitative) or {@code N [unit]} (no value).
 */
class IndicatorValueParserTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // quantities from the fixtures
                arguments("13.85万人", "Q NONE 138500 人"),
                arguments("≥ 11144 人", "Q GE 11144 人"),
                arguments("≥114.66万人次", "Q GE 1146600 人次"),
                arguments("580元/人", "Q NONE 580 元/人"),
                arguments("165646.47万元", "Q NONE 1656464700 元"),
                arguments("≥196084人", "Q GE 196084 人"),
                arguments("≥1830元", "Q GE 1830 元"),
                arguments("0.19万人", "Q NONE 1900 人"),
                arguments("70人", "Q NONE 70 人"),
                arguments("79.42%", "Q NONE 79.42 %"),
                // percentages and bare numbers with comparators
                arguments("≥95%", "Q GE 95 %"),
                arguments("=100%", "Q EQ 100 %"),
                arguments("<0.1%", "Q LT 0.1 %"),
                arguments("≤0", "Q LE 0"),
                arguments(">90%", "Q GT 90 %"),
                arguments("100%", "Q NONE 100 %"),
                arguments("100", "Q NONE 100"),
                arguments("0", "Q NONE 0"),
                arguments("0人", "Q NONE 0 人"),
                // ASCII and full-width comparator spellings
                arguments(">=95%", "Q GE 95 %"),
                arguments("<=5%", "Q LE 5 %"),
                arguments("=>95%", "Q GE 95 %"),
                arguments("＞＝95％", "Q GE 95 %"),
                arguments("＜＝5％", "Q LE 5 %"),
                arguments("≧95%", "Q GE 95 %"),
                arguments("≦5%", "Q LE 5 %"),
                arguments("＞90%", "Q GT 90 %"),
                arguments("＜0.1％", "Q LT 0.1 %"),
                arguments("＝100％", "Q EQ 100 %"),
                arguments("⩾95%", "Q GE 95 %"),
                // full-width digits, spaces, thousands separators
                arguments("９５％", "Q NONE 95 %"),
                arguments("≥ 95 %", "Q GE 95 %"),
                arguments("≥\u300095\u3000%", "Q GE 95 %"),
                arguments("１３．８５万人", "Q NONE 138500 人"),
                arguments("1,234,567人", "Q NONE 1234567 人"),
                arguments("≥ 11,144 人", "Q GE 11144 人"),
                arguments("165,646.47万元", "Q NONE 1656464700 元"),
                // scales and units
                arguments("3.5亿元", "Q NONE 350000000 元"),
                arguments("2万元/人", "Q NONE 20000 元/人"),
                arguments("5000千元", "Q NONE 5000000 元"),
                arguments("1.2百万元", "Q NONE 1200000 元"),
                arguments("13.85万", "Q NONE 138500"),
                arguments("100名", "Q NONE 100 人"),
                arguments("3个月", "Q NONE 3 月"),
                arguments("12月", "Q NONE 12 月"),
                arguments("5个工作日", "Q NONE 5 工作日"),
                arguments("≥3000户", "Q GE 3000 户"),
                arguments("≥12个", "Q GE 12 个"),
                arguments("≥8家", "Q GE 8 家"),
                arguments("≥4次", "Q GE 4 次"),
                arguments("≥2.5万户次", "Q GE 25000 户次"),
                arguments("158元/人/月", "Q NONE 158 元/人·月"),
                arguments("2‰", "Q NONE 0.2 %"),
                arguments("-5%", "Q NONE -5 %"),
                arguments("≥-5%", "Q GE -5 %"),
                // comparator words
                arguments("不超过5%", "Q LE 5 %"),
                arguments("不低于95%", "Q GE 95 %"),
                arguments("不少于1000人", "Q GE 1000 人"),
                arguments("不高于3%", "Q LE 3 %"),
                arguments("大于等于95%", "Q GE 95 %"),
                arguments("小于或等于5%", "Q LE 5 %"),
                arguments("高于90%", "Q GT 90 %"),
                arguments("超过100人", "Q GT 100 人"),
                arguments("低于1%", "Q LT 1 %"),
                arguments("少于3次", "Q LT 3 次"),
                arguments("95%以上", "Q GE 95 %"),
                arguments("95%及以上", "Q GE 95 %"),
                arguments("5%以下", "Q LE 5 %"),
                arguments("3天以内", "Q LE 3 天"),
                arguments("10个工作日内", "Q LE 10 工作日"),
                arguments("控制在5%以内", "Q LE 5 %"),
                arguments("上访率控制在0.1%以内, 维护社会稳定, 长治久安", "Q LE 0.1 %"),
                arguments("上访率控制在0.1%以内，维护社会稳定，长治久安", "Q LE 0.1 %"),
                arguments("达到95%以上", "Q GE 95 %"),
                arguments("达到100%", "Q GE 100 %"),
                arguments("保持在95%以上", "Q GE 95 %"),
                arguments("约95%", "Q EQ 95 %"),
                arguments("95%左右", "Q EQ 95 %"),
                // labels before the value
                arguments("满意度≥95%", "Q GE 95 %"),
                arguments("参保率95%", "Q NONE 95 %"),
                arguments("参保人数：13.85万人", "Q NONE 138500 人"),
                arguments("发放率达到100%", "Q GE 100 %"),
                // trailing notes
                arguments("≥95%（含）", "Q GE 95 %"),
                arguments("≥95%(含95%)", "Q GE 95 %"),
                arguments("100%。", "Q NONE 100 %"),
                arguments("≥95%，确保应保尽保", "Q GE 95 %"),

                // ranges
                arguments("105%≤≥95%", "R 95..105 %"),
                arguments("105 ≤ ≥95%", "R 95..105 %"),
                arguments("105%≥≤95%", "R 95..105 %"),
                arguments("１０５％≤≥９５％", "R 95..105 %"),
                arguments("≥95%或≤105%", "R 95..105 %"),
                arguments("≥95%且≤105%", "R 95..105 %"),
                arguments("≥95%，≤105%", "R 95..105 %"),
                arguments("≥95%≤105%", "R 95..105 %"),
                arguments("≤105%或≥95%", "R 95..105 %"),
                arguments("不低于95%且不高于105%", "R 95..105 %"),
                arguments("95%-105%", "R 95..105 %"),
                arguments("95%至105%", "R 95..105 %"),
                arguments("95%~105%", "R 95..105 %"),
                arguments("95%～105%", "R 95..105 %"),
                arguments("95%－105%", "R 95..105 %"),
                arguments("95%—105%", "R 95..105 %"),
                arguments("95%到105%", "R 95..105 %"),
                arguments("95-105%", "R 95..105 %"),
                arguments("95% - 105%", "R 95..105 %"),
                arguments("95%≤X≤105%", "R 95..105 %"),
                arguments("95%≤执行率≤105%", "R 95..105 %"),
                arguments("105%≥执行率≥95%", "R 95..105 %"),
                arguments("在95%至105%之间", "R 95..105 %"),
                arguments("执行率95%-105%", "R 95..105 %"),
                arguments("1-2万人", "R 10000..20000 人"),
                arguments("105%-95%", "R 95..105 %"),

                // qualitative
                arguments("每月25日前", "T 每月25日前"),
                arguments("按时发放", "T 按时发放"),
                arguments("按时报送", "T 按时报送"),
                arguments("基金运行平稳", "T 基金运行平稳"),
                arguments("达成目标", "T 达成目标"),
                arguments("充分发挥社会保险的职能作用", "T 充分发挥社会保险的职能作用"),
                arguments("无", "T 无"),
                arguments("  无  ", "T 无"),
                arguments("2020年12月31日前完成", "T 2020年12月31日前完成"),
                arguments("25日前", "T 25日前"),
                arguments("1-6月按时发放", "T 1-6月按时发放"),
                arguments("发放及时，无拖欠", "T 发放及时，无拖欠"),

                // no value
                arguments("", "N"),
                arguments("   ", "N"),
                arguments("\u3000", "N"),
                arguments("/", "N"),
                arguments("／", "N"),
                arguments("-", "N"),
                arguments("—", "N"),
                arguments("——", "N"),
                arguments("人", "N 人"),
                arguments("万人", "N 人"),
                arguments("人次", "N 人次"),
                arguments("%", "N %"),
                arguments("万元", "N 元"),
                arguments(" 元/人 ", "N 元/人"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @MethodSource("table")
    void parses(String written, String expected) {
        assertThat(describe(IndicatorValueParser.parse(written))).isEqualTo(expected);
    }

    @Test
    void nullIsNoValue() {
        assertThat(IndicatorValueParser.parse(null)).isEqualTo(new NoValue(null));
    }

    @Test
    void percentFlagFollowsTheUnit() {
        assertThat(((Quantity) IndicatorValueParser.parse("≥95%")).percent()).isTrue();
        assertThat(((Quantity) IndicatorValueParser.parse("95")).percent()).isFalse();
        assertThat(((Range) IndicatorValueParser.parse("105%≤≥95%")).percent()).isTrue();
    }

    @Test
    void statedDecimalsOfPercentagesArePreserved() {
        Quantity q = (Quantity) IndicatorValueParser.parse("72.50%");
        assertThat(q.value().scale()).isEqualTo(2);
        assertThat(q.value()).isEqualTo(new BigDecimal("72.50"));
    }

    @Test
    void scaleAndWrittenNumberAreKept() {
        Quantity q = (Quantity) IndicatorValueParser.parse("13.85万人");
        assertThat(q.scale()).isEqualByComparingTo("10000");
        assertThat(q.written()).isEqualByComparingTo("13.85");
    }

    @Test
    void unitComparisonRules() {
        // 万人 and 人: same base unit, different scale — comparable after scaling
        Quantity wan = (Quantity) IndicatorValueParser.parse("13.85万人");
        Quantity ren = (Quantity) IndicatorValueParser.parse("138500人");
        assertThat(wan.unit()).isEqualTo(ren.unit());
        assertThat(wan.value()).isEqualByComparingTo(ren.value());
        // 万人 vs 万元 differ; 人 vs 人次 differ; 元 vs 元/人 differ
        assertThat(IndicatorValueParser.parse("13.85万人").unit()).isNotEqualTo(IndicatorValueParser.parse("13.85万元").unit());
        assertThat(IndicatorValueParser.parse("70人").unit()).isNotEqualTo(IndicatorValueParser.parse("70人次").unit());
        assertThat(IndicatorValueParser.parse("580元").unit()).isNotEqualTo(IndicatorValueParser.parse("580元/人").unit());
        // 万元/人 is 元/人 scaled
        assertThat(IndicatorValueParser.parse("2万元/人").unit()).isEqualTo("元/人");
    }

    @Test
    void amountUnits() {
        assertThat(IndicatorValueParser.parseUnit("万元")).isEqualTo(new IndicatorValueParser.UnitSpec(new BigDecimal("10000"), "元"));
        assertThat(IndicatorValueParser.parseUnit("元").scale()).isEqualByComparingTo("1");
        assertThat(IndicatorValueParser.parseUnit("亿元").scale()).isEqualByComparingTo("100000000");
        assertThat(IndicatorValueParser.parseUnit(" 万元 ").base()).isEqualTo("元");
        assertThat(IndicatorValueParser.parseUnit("美元")).isNull();
        assertThat(IndicatorValueParser.parseUnit(null)).isNull();
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String s : new String[] {"≥", "≤≥", "%%", "95%-", "-", "--5", "≥95%或", "1.2.3", "95%≤", "(", "）(",
            "9".repeat(400), "≥95%" + "，".repeat(50), "1-", "至105%", "万万元", "≥ ≥ 95"}) {
            assertThat(IndicatorValueParser.parse(s)).as(s).isNotNull();
        }
    }

    static String describe(IndicatorValue v) {
        if (v instanceof Quantity q) {
            return "Q " + q.comparator().name() + " " + plain(q.value()) + (q.unit() == null ? "" : " " + q.unit());
        }
        if (v instanceof Range r) {
            return "R " + plain(r.lo()) + ".." + plain(r.hi()) + (r.unit() == null ? "" : " " + r.unit());
        }
        if (v instanceof Qualitative t) {
            return "T " + t.text();
        }
        NoValue n = (NoValue) v;
        return "N" + (n.unit() == null ? "" : " " + n.unit());
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
