package cn.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    static final String MINIMAL = """
            {"schema":"jixiao-form/1","type":"MONITORING","year":2020,"fund":"ENTERPRISE_PENSION",
             "budget":{"planned":{"total":1E+2,"main":100.00},"executionRate":68.70},
             "indicators":[{"level1":"产出指标","name":"n","likelihood":"确定能","qualitativeLevel":"部分达成"}]}
            """;

    record Envelope(Integer version, FormDocument form) {
    }

    @Test
    void writesEveryComponentInRecordOrderWithNullsLabelsAndPlainDecimals() {
        FormDocument d = new FormDocumentReader().read(MINIMAL);
        String json = DocumentJson.toJson(d);
        assertThat(json).startsWith("{\"schema\":\"jixiao-form/1\",\"type\":\"MONITORING\",\"year\":2020,"
                + "\"monitorMonth\":null,\"unit\":null,\"project\":null,\"fund\":\"ENTERPRISE_PENSION\",");
        assertThat(json).contains("\"planned\":{\"total\":100,\"main\":100.00,\"other\":null}")
                .contains("\"executionRate\":68.70")
                .contains("\"likelihood\":\"确定能\"").contains("\"qualitativeLevel\":\"部分达成\"")
                .endsWith("\"deviation\":null,\"report\":null,\"filler\":null}");
        assertThat(names(DocumentJson.mapper().valueToTree(d).fieldNames()))
                .containsExactlyElementsOf(components(FormDocument.class));
        assertThat(names(DocumentJson.mapper().valueToTree(d.indicators().get(0)).fieldNames()))
                .containsExactlyElementsOf(components(Indicator.class));
        // 1E+2 is written plainly (100), so it reads back equal in value, not in scale
        assertThat(new FormDocumentReader().read(json).budget().planned().total()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void aDocumentInsideABodyIsReadByTheStrictReader() throws JsonProcessingException {
        Envelope e = DocumentJson.mapper().readValue("{\"version\":3,\"form\":" + MINIMAL + "}", Envelope.class);
        assertThat(e.version()).isEqualTo(3);
        assertThat(e.form().budget().executionRate()).isEqualTo(new BigDecimal("68.70"));
        assertThat(e.form()).isEqualTo(new FormDocumentReader().read(MINIMAL));
        assertThat(DocumentJson.mapper().readValue("{\"version\":3,\"form\":null}", Envelope.class).form()).isNull();

        assertThatThrownBy(() -> DocumentJson.mapper().readValue(
                "{\"version\":3,\"form\":" + MINIMAL.replace("\"name\":\"n\"", "\"name\":\"n\",\"foo\":1") + "}",
                Envelope.class)).isInstanceOf(JsonMappingException.class).cause()
                .isInstanceOfSatisfying(FormFormatException.class, f -> {
                    assertThat(f.path()).isEqualTo("indicators[0].foo");
                    assertThat(f.getMessage()).isEqualTo("未知字段 indicators[0].foo");
                });
        assertThatThrownBy(() -> DocumentJson.mapper().readValue("{\"version\":3,\"form\":[]}", Envelope.class))
                .cause().isInstanceOf(FormFormatException.class).hasMessage("字段 form 应为对象");
        assertThatThrownBy(() -> DocumentJson.mapper().readValue(
                "{\"version\":3,\"form\":{\"schema\":\"jixiao-form/1\",\"year\":1,\"year\":2}}", Envelope.class))
                .cause().isInstanceOf(FormFormatException.class).hasMessageContaining("重复字段 year");
        assertThatThrownBy(() -> DocumentJson.mapper().readValue("{\"schema\":\"jixiao-form/1\",\"foo\":1}",
                FormDocument.class)).isInstanceOf(FormFormatException.class).hasMessage("未知字段 foo");
    }

    @Test
    void theEnvelopeIsStrictToo() {
        for (String bad : List.of("{\"version\":\"3\"}", "{\"version\":3.5}", "{\"version\":3.0}", "{\"version\":true}",
                "{\"version\":3,\"foo\":1}", "{\"version\":3} {}")) {
            assertThatThrownBy(() -> DocumentJson.mapper().readValue(bad, Envelope.class)).as(bad)
                    .isInstanceOf(JsonMappingException.class);
        }
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
