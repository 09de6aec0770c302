package cn.jixiao.validation;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture under src/test/resources/fixtures: the exact ERROR and WARNING code sets and every computed
 * value its {@code .expected.json} lists.
 */
class FixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormDocumentReader READER = new FormDocumentReader();
    private static final FormValidator VALIDATOR = new FormValidator();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        URL root = FixtureTest.class.getClassLoader().getResource("fixtures");
        assertThat(root).as("fixtures on the test classpath").isNotNull();
        Path dir = Paths.get(root.toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files
                    .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
            assertThat(names).hasSizeGreaterThanOrEqualTo(5);
            return names.stream();
        }
    }

    static String resource(String name) throws IOException {
        try (var in = FixtureTest.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyWhatTheExpectedFileSays(String name) throws IOException {
        FormDocument doc = READER.read(resource(name));
        JsonNode expected = JSON.readTree(resource(name.replace(".json", ".expected.json")));

        ValidationResult result = VALIDATOR.validate(doc, ValidationSettings.defaults());

        Set<String> errors = codes(result, Severity.ERROR);
        Set<String> warnings = codes(result, Severity.WARNING);
        String all = result.findings().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(errors).as("ERROR codes of %s; findings:%n%s", name, all).isEqualTo(expectedSet(expected, "errors"));
        assertThat(warnings).as("WARNING codes of %s; findings:%n%s", name, all)
                .isEqualTo(expectedSet(expected, "warnings"));

        JsonNode computed = JSON.valueToTree(result.computed());
        Iterator<Map.Entry<String, JsonNode>> it = expected.path("computed").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode actual = computed.get(e.getKey());
            assertThat(actual).as("computed.%s of %s (computed: %s)", e.getKey(), name, computed).isNotNull();
            assertSameValue(e.getKey(), e.getValue(), actual, name);
        }
    }

    private static void assertSameValue(String key, JsonNode expected, JsonNode actual, String name) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as("computed.%s of %s is a number: %s", key, name, actual).isTrue();
            assertThat(actual.decimalValue()).as("computed.%s of %s", key, name)
                    .isEqualByComparingTo(expected.decimalValue());
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("computed.%s of %s size", key, name).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Iterator<Map.Entry<String, JsonNode>> it = expected.get(i).fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    assertSameValue(key + "[" + i + "]." + e.getKey(), e.getValue(), actual.get(i).get(e.getKey()),
                            name);
                }
            }
        } else {
            assertThat(actual).as("computed.%s of %s", key, name).isEqualTo(expected);
        }
    }

    private static Set<String> codes(ValidationResult r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expectedSet(JsonNode expected, String key) {
        Set<String> out = new TreeSet<>();
        expected.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }
}
