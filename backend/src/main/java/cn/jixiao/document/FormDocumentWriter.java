package cn.jixiao.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link FormDocument} as {@code jixiao-form/1} JSON, keys in the order of exchange-format.md and
 * {@code null} fields written as {@code null} (absent blocks become {@code null}), so that
 * {@code reader.read(writer.toJson(doc)).equals(doc)}. Numbers are written with the decimals they carry.
 * Instances are immutable and thread-safe.
 */
public final class FormDocumentWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(F)
            .build();

    /** Compact JSON. */
    public String toJson(FormDocument doc) {
        try {
            return mapper.writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON. */
    public String toPrettyJson(FormDocument doc) {
        try {
            return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as a Jackson tree. */
    public ObjectNode toTree(FormDocument d) {
        ObjectNode o = F.objectNode();
        o.put("schema", d.schema());
        o.put("type", d.type() == null ? null : d.type().name());
        putInt(o, "year", d.year());
        putInt(o, "monitorMonth", d.monitorMonth());
        o.put("unit", d.unit());
        o.put("project", d.project());
        o.put("fund", d.fund() == null ? null : d.fund().name());
        o.put("amountUnit", d.amountUnit());
        o.set("budget", budget(d.budget()));
        o.set("goal", goal(d.goal()));
        if (d.indicators() == null) {
            o.putNull("indicators");
        } else {
            ArrayNode a = o.putArray("indicators");
            for (Indicator i : d.indicators()) {
                a.add(indicator(i));
            }
        }
        o.set("deviation", deviation(d.deviation()));
        o.set("report", report(d.report()));
        o.set("filler", filler(d.filler()));
        return o;
    }

    private static void putInt(ObjectNode o, String key, Integer v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v.intValue());
        }
    }

    private static void putNum(ObjectNode o, String key, BigDecimal v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static ObjectNode budget(Budget b) {
        if (b == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.set("planned", line(b.planned()));
        o.set("arrived", line(b.arrived()));
        o.set("executed", line(b.executed()));
        putNum(o, "executionRate", b.executionRate());
        return o;
    }

    private static ObjectNode line(BudgetLine l) {
        if (l == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        putNum(o, "total", l.total());
        putNum(o, "main", l.main());
        putNum(o, "other", l.other());
        return o;
    }

    private static ObjectNode goal(Goal g) {
        if (g == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("expected", g.expected());
        o.put("actual", g.actual());
        putNum(o, "completionRate", g.completionRate());
        return o;
    }

    private static ObjectNode indicator(Indicator i) {
        if (i == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("level1", i.level1());
        o.put("level2", i.level2());
        o.put("name", i.name());
        o.put("target", i.target());
        o.put("actual", i.actual());
        putNum(o, "completionRate", i.completionRate());
        if (i.notDue() == null) {
            o.putNull("notDue");
        } else {
            o.put("notDue", i.notDue().booleanValue());
        }
        o.put("forecast", i.forecast());
        o.put("likelihood", i.likelihood() == null ? null : i.likelihood().label());
        putNum(o, "weight", i.weight());
        o.put("qualitativeLevel", i.qualitativeLevel() == null ? null : i.qualitativeLevel().label());
        return o;
    }

    private static ObjectNode deviation(Deviation d) {
        if (d == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("reason", d.reason());
        o.put("measures", d.measures());
        List<String> c = d.categories();
        if (c == null) {
            o.putNull("categories");
        } else {
            ArrayNode a = o.putArray("categories");
            c.forEach(a::add);
        }
        return o;
    }

    private static ObjectNode report(Report r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        FundReport f = r.fund();
        if (f == null) {
            o.putNull("fund");
        } else {
            ObjectNode fo = o.putObject("fund");
            putNum(fo, "income", f.income());
            fo.set("incomeItems", items(f.incomeItems()));
            putNum(fo, "expense", f.expense());
            fo.set("expenseItems", items(f.expenseItems()));
            putNum(fo, "balance", f.balance());
            putNum(fo, "accumulated", f.accumulated());
        }
        putNum(o, "budgetedExpense", r.budgetedExpense());
        putNum(o, "executedExpense", r.executedExpense());
        putNum(o, "budgetCompletionPct", r.budgetCompletionPct());
        putNum(o, "previousYearExpense", r.previousYearExpense());
        ReportSections s = r.sections();
        if (s == null) {
            o.putNull("sections");
        } else {
            ObjectNode so = o.putObject("sections");
            so.put("targetSetting", s.targetSetting());
            so.put("execution", s.execution());
            so.put("management", s.management());
            so.put("achievement", s.achievement());
            so.put("plans", s.plans());
            so.put("experience", s.experience());
        }
        return o;
    }

    private static ObjectNode items(Map<String, BigDecimal> m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        m.forEach((k, v) -> putNum(o, k, v));
        return o;
    }

    private static ObjectNode filler(Filler f) {
        if (f == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("name", f.name());
        o.put("phone", f.phone());
        return o;
    }
}
