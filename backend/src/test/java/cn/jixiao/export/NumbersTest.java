package cn.jixiao.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as people write them into spreadsheets. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123.45|123.45",
        "１２３．４５|123.45",
        "1,234,567.80|1234567.80",
        "１，２３４．５|1234.5",
        "' 6061.54  '|6061.54",
        "6061.54万元|6061.54",
        "6061.54 万元|6061.54",
        "(万元)6061.54|6061.54",
        "-12|-12",
        "－１２|-12",
        "+5|5",
        "222593.|222593",
        "'　222593　'|222593",
    })
    void amounts(String written, String expected) {
        assertThat(Numbers.parse(written, Numbers.Kind.AMOUNT)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"68.70%|68.70", "６８．７７％|68.77", "100|100", "95 %|95"})
    void ratesKeepTheirWrittenDecimals(String written, String expected) {
        BigDecimal v = Numbers.parse(written, Numbers.Kind.RATE);
        assertThat(v).isEqualByComparingTo(expected);
        assertThat(v.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "/", "—", "-", "无", "' '"})
    void placeholdersAreBlank(String written) {
        assertThat(Numbers.parse(written, Numbers.Kind.AMOUNT)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "十二万|不是数字", "1,23,4|不是数字", "12.3.4|不是数字", "100元|金额单位应为万元", "3亿元|金额单位应为万元",
        "abc|不是数字"})
    void notNumbers(String written, String reason) {
        assertThatThrownBy(() -> Numbers.parse(written, Numbers.Kind.AMOUNT)).hasMessage(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2020|2020", "２０２０|2020", "9.0|9"})
    void integers(String written, int expected) {
        assertThat(Numbers.parse(written, Numbers.Kind.INTEGER).intValueExact()).isEqualTo(expected);
    }
}
