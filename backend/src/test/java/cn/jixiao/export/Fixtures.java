package cn.jixiao.export;

import cn.jixiao.document.DocumentJson;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real 2019–2021 tables copied from shared/fixtures into test resources, and document comparison. The
 * TARGET fixtures live in {@code target-forms/}: a folder named {@code target/} is ignored by the repository's
 * .gitignore and would never be committed.
 */
final class Fixtures {

    static final String ROOT = "/export/fixtures";
    static final String MONITORING = "monitoring/kashgar-pref-enterprise-pension-2020-09.json";
    static final String MONITORING_MEDICAL = "monitoring/kashgar-pref-employee-medical-2020-09.json";
    static final String EVALUATION = "evaluation/kashgar-city-resident-pension-2020.json";
    static final String TARGET = "target-forms/kashgar-pref-employee-medical-2021.json";

    private static final FormDocumentReader READER = new FormDocumentReader();

    private Fixtures() {
    }

    /** Every fixture document (not the *.expected.json files), as paths relative to {@link #ROOT}. */
    static List<String> all() {
        try {
            URL url = Fixtures.class.getResource(ROOT);
            if (url == null) {
                throw new IllegalStateException("test resources " + ROOT + " missing");
            }
            Path root = Path.of(url.toURI());
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FormDocument load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " missing");
            }
            return READER.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Differences between two documents, as JSON paths with both values; empty when they are the same form.
     * Numbers compare with {@link BigDecimal#compareTo} (222593 = 222593.00). Representation-only differences
     * are not differences: a {@code null} field and an absent one, an empty block or list and {@code null},
     * {@code notDue: false} and {@code null}.
     */
    static List<String> differences(FormDocument expected, FormDocument actual) {
        JsonNode a = normalize(DocumentJson.mapper().valueToTree(expected));
        JsonNode b = normalize(DocumentJson.mapper().valueToTree(actual));
        List<String> out = new ArrayList<>();
        diff("", a, b, out);
        return out;
    }

    private static JsonNode normalize(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            ObjectNode o = ((ObjectNode) n).deepCopy();
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<String> remove = new ArrayList<>();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = normalize(e.getValue());
                if (v == null || ("notDue".equals(e.getKey()) && v.isBoolean() && !v.booleanValue())) {
                    remove.add(e.getKey());
                } else {
                    o.set(e.getKey(), v);
                }
            }
            remove.forEach(o::remove);
            return o.isEmpty() ? null : o;
        }
        if (n.isArray()) {
            ArrayNode a = ((ArrayNode) n).deepCopy();
            a.removeAll();
            for (JsonNode e : n) {
                JsonNode v = normalize(e);
                a.add(v == null ? com.fasterxml.jackson.databind.node.NullNode.instance : v);
            }
            return a.isEmpty() ? null : a;
        }
        return n;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null || a.isNull() || b.isNull()) {
            boolean an = a == null || a.isNull();
            boolean bn = b == null || b.isNull();
            if (an != bn) {
                out.add(path + ": " + a + " ≠ " + b);
            }
            return;
        }
        if (a.isNumber() && b.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
                out.add(path + ": " + a + " ≠ " + b);
            }
            return;
        }
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k), out);
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " items ≠ " + b.size() + " items");
            }
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
            return;
        }
        if (!a.equals(b)) {
            out.add(path + ": " + a + " ≠ " + b);
        }
    }
}
