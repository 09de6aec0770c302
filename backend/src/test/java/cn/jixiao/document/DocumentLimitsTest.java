package cn.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text of a document has its cap, and the lists theirs; over one, the error names the field and the numbers. */
class DocumentLimitsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final FormDocumentReader reader = new FormDocumentReader();

    static ObjectNode evaluation() throws IOException {
        return (ObjectNode) JSON.readTree(FormDocumentReaderTest.fixture("evaluation/kashgar-city-resident-pension-2020.json"));
    }

    /** Sets the text at a dotted path such as {@code indicators[0].name}, creating objects on the way. */
    static ObjectNode with(ObjectNode doc, String path, String text) {
        String[] parts = path.split("\\.");
        JsonNode node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        ((ObjectNode) node).put(parts[parts.length - 1], text);
        return doc;
    }

    private static JsonNode step(JsonNode node, String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return node.has(part) && node.get(part).isObject() ? node.get(part) : ((ObjectNode) node).putObject(part);
        }
        return node.get(part.substring(0, bracket)).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
    }

    FormFormatException refused(JsonNode doc) {
        FormDocument read = reader.read(doc.toString());
        return catchThrowableOfType(FormFormatException.class, () -> DocumentLimits.check(read));
    }

    @ParameterizedTest(name = "{0} ≤ {1}")
    @CsvSource({
        "unit, 200", "project, 200", "amountUnit, 200", "filler.name, 200", "filler.phone, 200",
        "goal.expected, 2000", "goal.actual, 2000", "deviation.reason, 2000", "deviation.measures, 2000",
        "indicators[0].name, 200", "indicators[0].level1, 40", "indicators[0].level2, 40",
        "indicators[0].target, 300", "indicators[0].actual, 300", "indicators[0].forecast, 2000",
        "report.sections.targetSetting, 20000", "report.sections.execution, 20000",
        "report.sections.management, 20000", "report.sections.achievement, 20000",
        "report.sections.plans, 20000", "report.sections.experience, 20000"})
    void aTextUpToItsCapIsAcceptedAndOneCharacterMoreIsRefusedNamingTheField(String path, int max) throws IOException {
        assertThatCode(() -> DocumentLimits.check(reader.read(with(evaluation(), path, "字".repeat(max)).toString())))
                .doesNotThrowAnyException();

        FormFormatException e = refused(with(evaluation(), path, "字".repeat(max + 1)));

        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo("字段 " + path + " 过长：" + (max + 1) + " 字，最多 " + max + " 字");
    }

    @Test
    void theTargetThatBrokeThePrefecturesExportIsRefused() throws IOException {
        FormFormatException e = refused(with(evaluation(), "goal.expected", "x".repeat(349_525)));

        assertThat(e.getMessage()).contains("goal.expected").contains("349525").contains("2000");
    }

    @Test
    void atMostTwoHundredIndicatorsAndTwoHundredEntriesInEveryOtherList() throws IOException {
        ObjectNode doc = evaluation();
        ArrayNode indicators = (ArrayNode) doc.get("indicators");
        while (indicators.size() < DocumentLimits.ROWS) {
            indicators.add(indicators.get(0).deepCopy());
        }
        assertThatCode(() -> DocumentLimits.check(reader.read(doc.toString()))).doesNotThrowAnyException();

        indicators.add(indicators.get(0).deepCopy());
        FormFormatException tooMany = refused(doc);
        assertThat(tooMany.path()).isEqualTo("indicators");
        assertThat(tooMany.getMessage()).isEqualTo("字段 indicators 过多：201 项，最多 200 项");

        ObjectNode withItems = evaluation();
        ObjectNode manyItems = ((ObjectNode) withItems.get("report").get("fund")).putObject("incomeItems");
        for (int i = 0; i <= DocumentLimits.ROWS; i++) {
            manyItems.put("收入" + i, 1);
        }
        assertThat(refused(withItems).path()).isEqualTo("report.fund.incomeItems");

        ObjectNode longItem = evaluation();
        ((ObjectNode) longItem.get("report").get("fund").get("expenseItems")).put("支".repeat(201), 1);
        assertThat(refused(longItem).getMessage()).contains("report.fund.expenseItems[").contains("201 字");
    }
}
