package cn.jixiao.validation;

import cn.jixiao.validation.value.IndicatorValueParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The achievement formulas of rules.md, table-driven ("-" = not computable). */
class AchievementTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        // 正向
        "≥10000人        | 5000人        | 50",
        "≥10000人        | 12000人       | 120",
        ">10000人        | 10000人       | 100",
        "=100%           | 100%          | 100",
        "=100%           | =100%         | 100",
        "13.85万人       | 15.92万人     | 114.95",
        "13.85万人       | 159200人      | 114.95",
        "13.85万人       | 15.92         | 114.95",
        "≥196084人       | ≥234457人     | 119.57",
        "≥114.66万人次   | 70.98万人次   | 61.90",
        "≥0人            | 5人           | -",
        "0               | 5             | -",
        // 反向
        "≤0.1%           | 0.05%         | 100",
        "≤0.1%           | 0.1%          | 100",
        "<0.1%           | 0.1%          | 100",
        "≤0.1%           | 0.15%         | 50",
        "≤0.1%           | 0.2%          | 0",
        "≤0.1%           | 0.5%          | 0",
        "≤580元/人       | 638元/人      | 90",
        "≤0              | 0             | 100",
        "≤0              | 1             | 0",
        "≤0.1%           | 无            | 100",
        "上访率控制在0.1%以内, 维护社会稳定 | 无 | 100",
        // ranges
        "105%≤≥95%       | 100%          | 100",
        "105%≤≥95%       | 95%           | 100",
        "105%≤≥95%       | 105%          | 100",
        "105%≤≥95%       | 69%           | 72.63",
        "105%≤≥95%       | 110%          | 95.45",
        "95%-105%        | 0%            | 0",
        // qualitative
        "每月25日前      | 每月25日前    | 100",
        "每月25日前      | 按时发放      | 100",
        "基金运行平稳    | 基金运行平稳  | 100",
        "充分发挥社会保险的职能作用 | 充分发挥社会保险的职能作用 | 100",
        "达成目标        | 达成目标      | 100",
        "达成目标        | 已完成        | 100",
        "足额发放        | 足额发放到位  | 100",
        "达成目标        | 未达成        | -",
        "按时发放        | 未按时发放    | -",
        "按时发放        | 部分延迟      | -",
        "≥95%            | 无            | -",
        "基金运行平稳    | 无            | -",
        // not computable
        "≥10000人        | /             | -",
        "≥10000人        | 5000元        | -",
        "≥95%            | 95人          | -",
        "/               | 5000人        | -"})
    void achievement(String target, String actual, String expected) {
        BigDecimal a = Achievement.of(IndicatorValueParser.parse(target), IndicatorValueParser.parse(actual), target,
                actual, ValidationSettings.defaults());
        if (expected.equals("-")) {
            assertThat(a).isNull();
        } else {
            assertThat(a).isNotNull();
            assertThat(a.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
        }
    }
}
