package cn.jixiao.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@code jixiao-form/1} document strictly. Malformed JSON, duplicate or unknown keys, values of the
 * wrong JSON type, a wrong {@code schema} and unknown enum values ({@code type}, {@code fund},
 * {@code likelihood}, {@code qualitativeLevel}) throw a {@link FormFormatException} that carries the JSON
 * path and a Chinese message naming the field. Absent keys and {@code null} values are accepted everywhere
 * except {@code schema} and {@code type}: what is missing is the validation engine's business.
 *
 * <p>Numbers keep the decimals they were written with ({@code 68.70} stays {@code 68.70}), because some rules
 * compare a stated percentage at its stated precision. Instances are immutable and thread-safe.
 */
public final class FormDocumentReader {

    /** The keys a block may carry: its record's components, which are the names Jackson writes (DocumentJson). */
    private static final ClassValue<Set<String>> KEYS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 10;

    /**
     * Parses JSON text with the same strictness and exact decimals, for envelopes that carry a
     * document inside (e.g. {"version": 3, "form": {…}}); pass the inner node to {@link #read(JsonNode)}.
     */
    public JsonNode readTree(String json) {
        return tree(json == null || json.isBlank(), () -> DocumentJson.mapper().readTree(json));
    }

    /** Reads a document from JSON text. */
    public FormDocument read(String json) {
        return read(readTree(json));
    }

    /** Reads a document from UTF-8 JSON bytes. */
    public FormDocument read(byte[] json) {
        return read(tree(json == null || json.length == 0, () -> DocumentJson.mapper().readTree(json)));
    }

    /** Reads a document from a UTF-8 JSON stream (not closed). */
    public FormDocument read(InputStream json) {
        return read(tree(false, () -> DocumentJson.mapper().readTree(json)));
    }

    private interface TreeSource {
        JsonNode parse() throws IOException;
    }

    /** One place for empty input and JSON syntax errors, whatever the input's form. */
    private static JsonNode tree(boolean empty, TreeSource source) {
        if (empty) {
            throw new FormFormatException("", "JSON 格式错误：内容为空");
        }
        try {
            return source.parse();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from an already parsed tree. Note: a tree built by a mapper that strips trailing zeros
     * of decimals loses the stated precision of percentages; prefer the text/bytes overloads.
     */
    public FormDocument read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new FormFormatException("", "JSON 格式错误：内容为空");
        }
        if (!root.isObject()) {
            throw new FormFormatException("", "文档应为 JSON 对象");
        }
        ObjectNode o = (ObjectNode) root;
        checkKeys(o, "", FormDocument.class);

        JsonNode schemaNode = o.get("schema");
        if (schemaNode == null || schemaNode.isNull()) {
            throw new FormFormatException("schema", "字段 schema 缺失，应为 \"" + FormDocument.SCHEMA + "\"");
        }
        String schema = text(o, "schema", "");
        if (!FormDocument.SCHEMA.equals(schema)) {
            throw new FormFormatException("schema",
                    "字段 schema 的值 \"" + schema + "\" 不受支持，应为 \"" + FormDocument.SCHEMA + "\"");
        }
        JsonNode typeNode = o.get("type");
        if (typeNode == null || typeNode.isNull()) {
            throw new FormFormatException("type", "字段 type 缺失，应为 TARGET、MONITORING 或 EVALUATION");
        }
        FormType type = enumValue(o, "type", "", FormType.class, "TARGET、MONITORING 或 EVALUATION");
        Fund fund = enumValue(o, "fund", "", Fund.class, fundNames());

        return new FormDocument(
                schema,
                type,
                integer(o, "year", ""),
                integer(o, "monitorMonth", ""),
                text(o, "unit", ""),
                text(o, "project", ""),
                fund,
                text(o, "amountUnit", ""),
                budget(o.get("budget"), "budget"),
                goal(o.get("goal"), "goal"),
                indicators(o.get("indicators"), "indicators"),
                deviation(o.get("deviation"), "deviation"),
                report(o.get("report"), "report"),
                filler(o.get("filler"), "filler"));
    }

    // ------------------------------------------------------------------ blocks

    private static Budget budget(JsonNode n, String path) {
        ObjectNode o = object(n, path, Budget.class);
        if (o == null) {
            return null;
        }
        return new Budget(
                line(o.get("planned"), child(path, "planned")),
                line(o.get("arrived"), child(path, "arrived")),
                line(o.get("executed"), child(path, "executed")),
                number(o, "executionRate", path));
    }

    private static BudgetLine line(JsonNode n, String path) {
        ObjectNode o = object(n, path, BudgetLine.class);
        if (o == null) {
            return null;
        }
        return new BudgetLine(number(o, "total", path), number(o, "main", path), number(o, "other", path));
    }

    private static Goal goal(JsonNode n, String path) {
        ObjectNode o = object(n, path, Goal.class);
        if (o == null) {
            return null;
        }
        return new Goal(text(o, "expected", path), text(o, "actual", path), number(o, "completionRate", path));
    }

    private static List<Indicator> indicators(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new FormFormatException(path, "字段 " + path + " 应为数组");
        }
        List<Indicator> list = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode e = n.get(i);
            if (e == null || !e.isObject()) {
                throw new FormFormatException(p, "字段 " + p + " 应为对象");
            }
            ObjectNode o = (ObjectNode) e;
            checkKeys(o, p, Indicator.class);
            list.add(new Indicator(
                    text(o, "level1", p),
                    text(o, "level2", p),
                    text(o, "name", p),
                    text(o, "target", p),
                    text(o, "actual", p),
                    number(o, "completionRate", p),
                    bool(o, "notDue", p),
                    text(o, "forecast", p),
                    labelled(o, "likelihood", p, Likelihood::fromLabel, "确定能、有可能 或 完全不可能"),
                    number(o, "weight", p),
                    labelled(o, "qualitativeLevel", p, QualitativeLevel::fromLabel, "达成、部分达成 或 未达成")));
        }
        return list;
    }

    private static Deviation deviation(JsonNode n, String path) {
        ObjectNode o = object(n, path, Deviation.class);
        if (o == null) {
            return null;
        }
        List<String> categories = null;
        JsonNode c = o.get("categories");
        String cp = child(path, "categories");
        if (c != null && !c.isNull()) {
            if (!c.isArray()) {
                throw new FormFormatException(cp, "字段 " + cp + " 应为数组");
            }
            categories = new ArrayList<>(c.size());
            for (int i = 0; i < c.size(); i++) {
                JsonNode e = c.get(i);
                String ep = cp + "[" + i + "]";
                if (!e.isTextual()) {
                    throw new FormFormatException(ep, "字段 " + ep + " 应为文本");
                }
                categories.add(e.textValue());
            }
        }
        return new Deviation(text(o, "reason", path), text(o, "measures", path), categories);
    }

    private static Report report(JsonNode n, String path) {
        ObjectNode o = object(n, path, Report.class);
        if (o == null) {
            return null;
        }
        return new Report(
                fundReport(o.get("fund"), child(path, "fund")),
                number(o, "budgetedExpense", path),
                number(o, "executedExpense", path),
                number(o, "budgetCompletionPct", path),
                number(o, "previousYearExpense", path),
                sections(o.get("sections"), child(path, "sections")));
    }

    private static FundReport fundReport(JsonNode n, String path) {
        ObjectNode o = object(n, path, FundReport.class);
        if (o == null) {
            return null;
        }
        return new FundReport(
                number(o, "income", path),
                items(o.get("incomeItems"), child(path, "incomeItems")),
                number(o, "expense", path),
                items(o.get("expenseItems"), child(path, "expenseItems")),
                number(o, "balance", path),
                number(o, "accumulated", path));
    }

    private static Map<String, BigDecimal> items(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new FormFormatException(path, "字段 " + path + " 应为对象");
        }
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), numberValue(e.getValue(), child(path, e.getKey())));
        }
        return map;
    }

    private static ReportSections sections(JsonNode n, String path) {
        ObjectNode o = object(n, path, ReportSections.class);
        if (o == null) {
            return null;
        }
        return new ReportSections(text(o, "targetSetting", path), text(o, "execution", path),
                text(o, "management", path), text(o, "achievement", path), text(o, "plans", path),
                text(o, "experience", path));
    }

    private static Filler filler(JsonNode n, String path) {
        ObjectNode o = object(n, path, Filler.class);
        if (o == null) {
            return null;
        }
        return new Filler(text(o, "name", path), text(o, "phone", path));
    }

    // ------------------------------------------------------------------ values

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static ObjectNode object(JsonNode n, String path, Class<? extends Record> block) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new FormFormatException(path, "字段 " + path + " 应为对象");
        }
        ObjectNode o = (ObjectNode) n;
        checkKeys(o, path, block);
        return o;
    }

    private static void checkKeys(ObjectNode o, String path, Class<? extends Record> block) {
        Set<String> allowed = KEYS.get(block);
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String p = child(path, name);
                throw new FormFormatException(p, "未知字段 " + p);
            }
        }
    }

    private static String text(ObjectNode o, String key, String parent) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            String p = child(parent, key);
            throw new FormFormatException(p, "字段 " + p + " 应为文本");
        }
        return n.textValue();
    }

    private static BigDecimal number(ObjectNode o, String key, String parent) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        return numberValue(n, child(parent, key));
    }

    private static BigDecimal numberValue(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new FormFormatException(path, "字段 " + path + " 应为数字");
        }
        BigDecimal d = n.isBigDecimal() || n.isIntegralNumber()
                ? n.decimalValue()
                // float/double nodes do not occur with USE_BIG_DECIMAL_FOR_FLOATS; keep their shortest decimal form
                : new BigDecimal(n.asText());
        // amounts and rates on these tables are far below 10^15; refuse absurd magnitudes (1e999999999), which
        // would make every later computation explode
        if (d.signum() != 0 && (d.precision() - d.scale() > MAX_INTEGER_DIGITS || d.scale() > MAX_DECIMALS)) {
            throw new FormFormatException(path, "字段 " + path + " 的数值 " + shorten(n.asText()) + " 超出范围（最多 "
                    + MAX_INTEGER_DIGITS + " 位整数、" + MAX_DECIMALS + " 位小数）");
        }
        return d;
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static Integer integer(ObjectNode o, String key, String parent) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        String p = child(parent, key);
        if (!n.isNumber()) {
            throw new FormFormatException(p, "字段 " + p + " 应为整数");
        }
        BigDecimal d = numberValue(n, p);
        try {
            BigInteger i = d.stripTrailingZeros().toBigIntegerExact();
            return i.intValueExact();
        } catch (ArithmeticException e) {
            throw new FormFormatException(p, "字段 " + p + " 应为整数");
        }
    }

    private static Boolean bool(ObjectNode o, String key, String parent) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            String p = child(parent, key);
            throw new FormFormatException(p, "字段 " + p + " 应为布尔值（true 或 false）");
        }
        return n.booleanValue();
    }

    private static <E extends Enum<E>> E enumValue(ObjectNode o, String key, String parent, Class<E> type,
                                                   String allowed) {
        String value = text(o, key, parent);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String p = child(parent, key);
            throw new FormFormatException(p, "字段 " + p + " 的值 \"" + value + "\" 未知，应为 " + allowed);
        }
    }

    private static <E> E labelled(ObjectNode o, String key, String parent,
                                  java.util.function.Function<String, E> byLabel, String allowed) {
        String value = text(o, key, parent);
        if (value == null) {
            return null;
        }
        E e = byLabel.apply(value.strip());
        if (e == null) {
            String p = child(parent, key);
            throw new FormFormatException(p, "字段 " + p + " 的值 \"" + value + "\" 未知，应为 " + allowed);
        }
        return e;
    }

    private static String fundNames() {
        StringBuilder sb = new StringBuilder();
        Fund[] funds = Fund.values();
        for (int i = 0; i < funds.length; i++) {
            if (i > 0) {
                sb.append(i == funds.length - 1 ? " 或 " : "、");
            }
            sb.append(funds[i].name());
        }
        return sb.toString();
    }

    static FormFormatException malformed(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0
                ? ""
                : "第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列";
        String detail = "";
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            int q1 = original.indexOf('\'');
            int q2 = q1 < 0 ? -1 : original.indexOf('\'', q1 + 1);
            detail = q2 > q1 ? "，重复字段 " + original.substring(q1 + 1, q2) : "，重复字段";
        } else if (original != null && original.contains("end-of-input")) {
            detail = "，内容不完整";
        } else if (original != null && original.startsWith("Trailing token")) {
            detail = "，文档结束后还有多余内容";
        }
        String msg = "JSON 格式错误" + (where.isEmpty() ? "" : "：" + where) + detail;
        return new FormFormatException("", msg, e);
    }
}
