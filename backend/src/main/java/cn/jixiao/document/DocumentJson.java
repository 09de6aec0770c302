package cn.jixiao.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * The one Jackson configuration of the exchange format, without Spring: the validation engine, the importer and
 * the stored versions use it as they are, and the web layer registers it for the request bodies that carry a
 * document. Writing is plain Jackson serialisation of the records (keys in component order, {@code null} written as
 * {@code null}, label enums by their {@code @JsonValue}) with decimals written plainly and as stated. Reading is
 * strict: decimals keep the digits they were written with ({@code 68.70} stays {@code 68.70}: some rules compare a
 * stated percentage at its precision), duplicate keys and trailing content are errors, no scalar is coerced into
 * another type, and a {@link FormDocument} anywhere in a body is read by the {@link FormDocumentReader}: its
 * {@link FormFormatException} arrives as it is for a document alone, as the cause of Jackson's exception (which
 * carries the path in the body) for a document inside another value.
 */
public final class DocumentJson {

    private static final FormDocumentReader READER = new FormDocumentReader();

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .addModule(new SimpleModule("jixiao-form").addDeserializer(FormDocument.class, new Strict()))
            .build();

    private DocumentJson() {
    }

    /** The configured mapper; thread-safe, do not reconfigure. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON of a document (or of any value made of the format's records). */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON, for people. */
    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document inside a body (e.g. {"version": 3, "form": {…}}): the strict reader on the parsed tree. */
    private static final class Strict extends StdDeserializer<FormDocument> {

        private static final long serialVersionUID = 1L;

        Strict() {
            super(FormDocument.class);
        }

        @Override
        public FormDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String field = p.currentName();
            JsonNode tree;
            try {
                tree = ctxt.readTree(p);
            } catch (StreamConstraintsException e) {
                throw e; // the web layer's own message says what the limits are
            } catch (JsonProcessingException e) {
                throw FormDocumentReader.malformed(e);
            }
            if (field != null && !tree.isObject()) {
                throw new FormFormatException(field, "字段 " + field + " 应为对象");
            }
            return READER.read(tree);
        }

        /** {@code "form": null} is a missing form, which the caller names; not the reader's "内容为空". */
        @Override
        public FormDocument getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
