package cn.jixiao.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FormDocumentReaderTest {

    private final FormDocumentReader reader = new FormDocumentReader();

    private static final String MINIMAL = """
            {"schema":"jixiao-form/1","type":"MONITORING","year":2020,"monitorMonth":9,"unit":"u","project":"p",
             "fund":"ENTERPRISE_PENSION","amountUnit":"万元",
             "budget":{"planned":{"total":100,"main":100,"other":null},"arrived":{"total":80},"executed":{"total":70},
                       "executionRate":70.00},
             "goal":{"expected":"e","actual":"a","completionRate":77},
             "indicators":[{"level1":"产出指标","level2":"数量指标","name":"n","target":"≥95%","actual":"96%",
                            "completionRate":75,"notDue":false,"forecast":"≥95%","likelihood":"确定能",
                            "weight":null,"qualitativeLevel":null},
                           {"level1":"效益指标","level2":"社会效益指标","name":"m","target":"平稳","actual":"/"}],
             "deviation":{"reason":null,"measures":null,"categories":["经费","其他"]},
             "filler":{"name":"张三","phone":"1"}}
            """;

    static String fixture(String name) throws IOException {
        try (InputStream in = FormDocumentReaderTest.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryField() {
        FormDocument d = reader.read(MINIMAL);
        assertThat(d.schema()).isEqualTo("jixiao-form/1");
        assertThat(d.type()).isEqualTo(FormType.MONITORING);
        assertThat(d.year()).isEqualTo(2020);
        assertThat(d.monitorMonth()).isEqualTo(9);
        assertThat(d.fund()).isEqualTo(Fund.ENTERPRISE_PENSION);
        assertThat(d.fund().label()).isEqualTo("企业职工基本养老保险");
        assertThat(d.budget().planned().total()).isEqualByComparingTo("100");
        assertThat(d.budget().planned().other()).isNull();
        assertThat(d.budget().arrived().main()).isNull();
        assertThat(d.budget().executionRate()).isEqualTo(new BigDecimal("70.00")); // scale kept
        assertThat(d.goal().completionRate()).isEqualByComparingTo("77");
        assertThat(d.indicators()).hasSize(2);
        Indicator i = d.indicators().get(0);
        assertThat(i.notDue()).isFalse();
        assertThat(i.likelihood()).isEqualTo(Likelihood.CERTAIN);
        assertThat(i.forecast()).isEqualTo("≥95%");
        assertThat(d.indicators().get(1).completionRate()).isNull();
        assertThat(d.deviation().categories()).containsExactly("经费", "其他");
        assertThat(d.report()).isNull();
        assertThat(d.filler().name()).isEqualTo("张三");
    }

    @Test
    void readsBytesAndStreams() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(bytes)).isEqualTo(reader.read(MINIMAL));
        assertThat(reader.read(new ByteArrayInputStream(bytes))).isEqualTo(reader.read(MINIMAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluation/kashgar-city-resident-pension-2020.json",
        "monitoring/kashgar-pref-employee-medical-2020-09.json",
        "monitoring/kashgar-pref-enterprise-pension-2020-09.json",
        "target/kashgar-pref-employee-medical-2021.json",
        "target/kashgar-pref-resident-pension-2021.json"})
    void fixturesRoundTrip(String name) throws IOException {
        FormDocument d = reader.read(fixture(name));
        String json = DocumentJson.toJson(d);
        assertThat(reader.read(json)).isEqualTo(d);
        assertThat(reader.read(DocumentJson.toPrettyJson(d))).isEqualTo(d);
        // everything the fixture states is still there
        ObjectMapper m = new ObjectMapper();
        JsonNode original = m.readTree(fixture(name));
        JsonNode written = m.readTree(json);
        assertContained(original, written, "");
    }

    @Test
    void envelopesAreParsedWithExactDecimals() {
        JsonNode envelope = reader.readTree("{\"version\": 3, \"form\": " + MINIMAL + "}");
        assertThat(envelope.get("version").intValue()).isEqualTo(3);
        FormDocument d = reader.read(envelope.get("form"));
        assertThat(d.budget().executionRate()).isEqualTo(new BigDecimal("70.00"));
        assertThat(d).isEqualTo(reader.read(MINIMAL));
        assertThatThrownBy(() -> reader.readTree("{\"version\": 3, \"form\": {")).isInstanceOf(FormFormatException.class)
                .hasMessageStartingWith("JSON 格式错误");
        assertThatThrownBy(() -> reader.readTree(" ")).isInstanceOf(FormFormatException.class);
    }

    @Test
    void integralDecimalIsAcceptedAsYear() {
        assertThat(reader.read(MINIMAL.replace("\"year\":2020", "\"year\":2020.0")).year()).isEqualTo(2020);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                arguments(MINIMAL.replace("\"foo\"", "").replace("\"year\":2020", "\"year\":2020,\"foo\":1"),
                        "foo", "未知字段 foo"),
                arguments(MINIMAL.replace("\"name\":\"n\"", "\"name\":\"n\",\"foo\":1"),
                        "indicators[0].foo", "未知字段 indicators[0].foo"),
                arguments(MINIMAL.replace("\"arrived\":{\"total\":80}", "\"arrived\":{\"total\":80,\"sum\":80}"),
                        "budget.arrived.sum", "未知字段 budget.arrived.sum"),
                arguments(MINIMAL.replace("\"planned\":{\"total\":100", "\"planned\":{\"total\":\"100\""),
                        "budget.planned.total", "字段 budget.planned.total 应为数字"),
                arguments(MINIMAL.replace("\"target\":\"平稳\"", "\"target\":95"),
                        "indicators[1].target", "字段 indicators[1].target 应为文本"),
                arguments(MINIMAL.replace("\"completionRate\":77", "\"completionRate\":\"77%\""),
                        "goal.completionRate", "字段 goal.completionRate 应为数字"),
                arguments(MINIMAL.replace("\"completionRate\":77", "\"completionRate\":true"),
                        "goal.completionRate", "字段 goal.completionRate 应为数字"),
                arguments(MINIMAL.replace("\"unit\":\"u\"", "\"unit\":12"), "unit", "字段 unit 应为文本"),
                arguments(MINIMAL.replace("\"unit\":\"u\"", "\"unit\":{\"name\":\"u\"}"), "unit", "字段 unit 应为文本"),
                arguments(MINIMAL.replace("\"year\":2020", "\"year\":\"2020\""), "year", "字段 year 应为整数"),
                arguments(MINIMAL.replace("\"year\":2020", "\"year\":2020.5"), "year", "字段 year 应为整数"),
                arguments(MINIMAL.replace("\"monitorMonth\":9", "\"monitorMonth\":\"9月\""), "monitorMonth",
                        "字段 monitorMonth 应为整数"),
                arguments(MINIMAL.replace("\"notDue\":false", "\"notDue\":\"false\""), "indicators[0].notDue",
                        "字段 indicators[0].notDue 应为布尔值（true 或 false）"),
                arguments(MINIMAL.replaceFirst("\"indicators\":\\[", "\"indicators\":{\"a\":[").replace(
                        "\"deviation\"", "\"x\":1},\"deviation\"").replace("]}],", "]}]},"),
                        "indicators", null),
                arguments(MINIMAL.replace("\"budget\":{\"planned\"", "\"budget\":[{\"planned\"").replace(
                        "\"executionRate\":70.00},", "\"executionRate\":70.00}],"), "budget", "字段 budget 应为对象"),
                arguments(MINIMAL.replace("\"categories\":[\"经费\",\"其他\"]", "\"categories\":\"经费\""),
                        "deviation.categories", "字段 deviation.categories 应为数组"),
                arguments(MINIMAL.replace("\"categories\":[\"经费\",\"其他\"]", "\"categories\":[\"经费\",3]"),
                        "deviation.categories[1]", "字段 deviation.categories[1] 应为文本"),
                arguments(MINIMAL.replace("{\"level1\":\"效益指标\",\"level2\":\"社会效益指标\",\"name\":\"m\",\"target\":\"平稳\",\"actual\":\"/\"}", "\"m\""),
                        "indicators[1]", "字段 indicators[1] 应为对象"),
                arguments(MINIMAL.replace("\"jixiao-form/1\"", "\"jixiao-form/2\""), "schema", null),
                arguments(MINIMAL.replace("\"schema\":\"jixiao-form/1\",", ""), "schema", null),
                arguments(MINIMAL.replace("\"type\":\"MONITORING\"", "\"type\":\"BUDGET\""), "type", null),
                arguments(MINIMAL.replace("\"type\":\"MONITORING\"", "\"type\":\"monitoring\""), "type", null),
                arguments(MINIMAL.replace("\"type\":\"MONITORING\",", ""), "type", null),
                arguments(MINIMAL.replace("\"ENTERPRISE_PENSION\"", "\"PENSION\""), "fund", null),
                arguments(MINIMAL.replace("\"确定能\"", "\"大概\""), "indicators[0].likelihood", null),
                arguments(MINIMAL.replace("\"qualitativeLevel\":null", "\"qualitativeLevel\":\"完成\""),
                        "indicators[0].qualitativeLevel", null));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badInputs")
    void rejectsBadInputWithThePath(String json, String path, String message) {
        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(FormFormatException.class)
                .isInstanceOf(RuntimeException.class)
                .satisfies(e -> {
                    FormFormatException f = (FormFormatException) e;
                    assertThat(f.path()).isEqualTo(path);
                    if (message != null) {
                        assertThat(f.getMessage()).isEqualTo(message);
                    } else {
                        assertThat(f.getMessage()).contains(path);
                    }
                });
    }

    @Test
    void absurdNumbersAreRejected() {
        for (String bad : new String[] {"1e999999999", "1E+16", "1000000000000000", "0.00000000001"}) {
            assertThatThrownBy(() -> reader.read(MINIMAL.replace("\"executionRate\":70.00", "\"executionRate\":" + bad)))
                    .as(bad).isInstanceOfSatisfying(FormFormatException.class, e -> {
                        assertThat(e.path()).isEqualTo("budget.executionRate");
                        assertThat(e.getMessage()).contains("超出范围");
                    });
        }
        assertThat(reader.read(MINIMAL.replace("\"executionRate\":70.00", "\"executionRate\":999999999999999.0000000001"))
                .budget().executionRate()).isEqualByComparingTo("999999999999999.0000000001");
        assertThat(reader.read(MINIMAL.replace("\"executionRate\":70.00", "\"executionRate\":0E+5"))
                .budget().executionRate()).isEqualByComparingTo("0");
    }

    @Test
    void unknownEnumMessagesNameFieldAndValue() {
        assertThatThrownBy(() -> reader.read(MINIMAL.replace("\"type\":\"MONITORING\"", "\"type\":\"BUDGET\"")))
                .hasMessage("字段 type 的值 \"BUDGET\" 未知，应为 TARGET、MONITORING 或 EVALUATION");
        assertThatThrownBy(() -> reader.read(MINIMAL.replace("\"jixiao-form/1\"", "\"jixiao-form/2\"")))
                .hasMessage("字段 schema 的值 \"jixiao-form/2\" 不受支持，应为 \"jixiao-form/1\"");
    }

    @Test
    void wrongTypesInReportItems() {
        String json = """
                {"schema":"jixiao-form/1","type":"EVALUATION",
                 "report":{"fund":{"income":1,"incomeItems":{"社会保险费收入":"3943.67"}}}}""";
        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(FormFormatException.class,
                e -> assertThat(e.path()).isEqualTo("report.fund.incomeItems.社会保险费收入"));
        String unknown = """
                {"schema":"jixiao-form/1","type":"EVALUATION","report":{"sections":{"summary":"x"}}}""";
        assertThatThrownBy(() -> reader.read(unknown)).isInstanceOfSatisfying(FormFormatException.class,
                e -> assertThat(e.path()).isEqualTo("report.sections.summary"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "{\n  \"schema\": \"jixiao-form/1\",\n  \"type\": ,\n}";
        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(FormFormatException.class, e -> {
            assertThat(e.path()).isEmpty();
            assertThat(e.getMessage()).startsWith("JSON 格式错误：第 3 行第 ");
        });
        assertThatThrownBy(() -> reader.read("{\"schema\": \"jixiao-form/1\""))
                .isInstanceOf(FormFormatException.class).hasMessageStartingWith("JSON 格式错误");
        assertThatThrownBy(() -> reader.read(MINIMAL + " {}"))
                .isInstanceOf(FormFormatException.class).hasMessageStartingWith("JSON 格式错误");
        assertThatThrownBy(() -> reader.read("{\"schema\":\"jixiao-form/1\",\"year\":1,\"year\":2}"))
                .isInstanceOf(FormFormatException.class).hasMessageContaining("重复字段 year");
        assertThatThrownBy(() -> reader.read("")).isInstanceOf(FormFormatException.class)
                .hasMessage("JSON 格式错误：内容为空");
        assertThatThrownBy(() -> reader.read("[1,2]")).isInstanceOfSatisfying(FormFormatException.class,
                e -> assertThat(e.path()).isEmpty());
        assertThatThrownBy(() -> reader.read("{'schema': 'jixiao-form/1'}")).isInstanceOf(FormFormatException.class);
        assertThatThrownBy(() -> reader.read("{\"schema\":\"jixiao-form/1\",\"type\":\"TARGET\",\"year\":NaN}"))
                .isInstanceOf(FormFormatException.class);
    }

    private static void assertContained(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            expected.fields().forEachRemaining(e -> {
                JsonNode a = actual.get(e.getKey());
                assertThat(a).as(path + "." + e.getKey()).isNotNull();
                assertContained(e.getValue(), a, path + "." + e.getKey());
            });
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContained(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
