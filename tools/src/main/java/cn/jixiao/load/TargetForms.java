package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Valid 绩效目标表 (TARGET) documents, one per lifecycle, made from the real table
 * fixtures/target/kashgar-pref-employee-medical-2021.json (no ERROR, no WARNING on its own). Each gets
 * its unit, fund, year, a project naming the fund and the run, and its own planned total, so the
 * cross-form rules find neither a duplicate nor a copied amount among the unit's forms.
 */
final class TargetForms {

    private static final String FIXTURE = "/fixtures/target/kashgar-pref-employee-medical-2021.json";
    private static final Map<String, String> FUND_NAMES = Map.of(
            "ENTERPRISE_PENSION", "企业职工基本养老保险", "PUBLIC_PENSION", "机关事业单位养老保险",
            "RESIDENT_PENSION", "城乡居民基本养老保险", "EMPLOYEE_MEDICAL", "城镇职工基本医疗保险",
            "RESIDENT_MEDICAL", "城乡居民基本医疗保险", "WORK_INJURY", "工伤保险", "UNEMPLOYMENT", "失业保险",
            "MATERNITY", "生育保险");

    private final ObjectNode fixture;
    private final String runTag;

    /** {@code runTag} goes into every project name, so a later run on the same database is no duplicate. */
    TargetForms(String runTag) {
        this.runTag = runTag;
        try (InputStream in = TargetForms.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing from the jar: " + FIXTURE);
            }
            fixture = (ObjectNode) Session.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String document(Lifecycle lc, int year) {
        ObjectNode doc = fixture.deepCopy();
        doc.put("year", year);
        doc.put("unit", lc.unit().name());
        doc.put("fund", lc.fund());
        doc.put("project", lc.unit().name() + FUND_NAMES.get(lc.fund()) + "基金支出项目（" + runTag + "）");
        BigDecimal planned = fixture.path("budget").path("planned").path("total").decimalValue()
                .add(BigDecimal.valueOf(lc.index()));
        ObjectNode amounts = (ObjectNode) doc.path("budget").path("planned");
        amounts.put("total", planned);
        amounts.put("main", planned);
        return doc.toString();
    }

    /** What the filer changes after a return: the goal, as the reviewer asked. */
    static JsonNode corrected(JsonNode form) {
        ObjectNode doc = form.deepCopy();
        ObjectNode goal = (ObjectNode) doc.path("goal");
        goal.put("expected", goal.path("expected").asText() + "（已按地区审核意见补充年度目标）");
        return doc;
    }
}
