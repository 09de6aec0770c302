package cn.jixiao.document;

import java.util.List;
import java.util.Map;

/**
 * How much text and how many rows a document may hold, checked wherever a document enters (validate, create,
 * save, import) once it has been read. One filer's 349,525-character target once broke every Excel export of
 * the prefecture (a cell holds at most 32,767) and took its PDF 6–24 s; no real table comes near these caps.
 * A document over a cap is a {@link FormFormatException} naming the field, with the numbers.
 */
public final class DocumentLimits {

    /** Names: unit, project, indicator names, fund report items, 填报人, 联系电话, the amount unit. */
    public static final int NAME = 200;
    /** Other texts: targets and results, deviation reasons and measures, indicator forecasts. */
    public static final int TEXT = 2_000;
    /** Each section of the 绩效评价报告. */
    public static final int REPORT_SECTION = 20_000;
    /** Indicators, and the entries of every other list (fund report items, deviation categories). */
    public static final int ROWS = 200;
    /** Indicator levels and values: the table's narrow columns, also kept per row in form_indicator. */
    public static final int INDICATOR_LEVEL = 40;
    public static final int INDICATOR_VALUE = 300;

    private DocumentLimits() {
    }

    public static void check(FormDocument d) {
        text("unit", d.unit(), NAME);
        text("project", d.project(), NAME);
        text("amountUnit", d.amountUnit(), NAME);
        if (d.goal() != null) {
            text("goal.expected", d.goal().expected(), TEXT);
            text("goal.actual", d.goal().actual(), TEXT);
        }
        rows("indicators", d.indicators());
        List<Indicator> indicators = d.indicators() == null ? List.of() : d.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            if (row != null) {
                String at = "indicators[" + i + "].";
                text(at + "level1", row.level1(), INDICATOR_LEVEL);
                text(at + "level2", row.level2(), INDICATOR_LEVEL);
                text(at + "name", row.name(), NAME);
                text(at + "target", row.target(), INDICATOR_VALUE);
                text(at + "actual", row.actual(), INDICATOR_VALUE);
                text(at + "forecast", row.forecast(), TEXT);
            }
        }
        if (d.deviation() != null) {
            text("deviation.reason", d.deviation().reason(), TEXT);
            text("deviation.measures", d.deviation().measures(), TEXT);
            names("deviation.categories", d.deviation().categories());
        }
        if (d.report() != null) {
            if (d.report().fund() != null) {
                items("report.fund.incomeItems", d.report().fund().incomeItems());
                items("report.fund.expenseItems", d.report().fund().expenseItems());
            }
            ReportSections s = d.report().sections();
            for (ReportSection section : ReportSection.values()) {
                text(section.path(), section.textIn(s), REPORT_SECTION);
            }
        }
        if (d.filler() != null) {
            text("filler.name", d.filler().name(), NAME);
            text("filler.phone", d.filler().phone(), NAME);
        }
    }

    /** A text of the document, or of anything said about it (a comment on a step), within {@code max} characters. */
    public static void text(String path, String text, int max) {
        if (text != null && text.length() > max) {
            throw new FormFormatException(path, "字段 " + path + " 过长：" + text.length() + " 字，最多 " + max + " 字");
        }
    }

    /** A list within {@link #ROWS} entries. */
    public static void rows(String path, List<?> list) {
        if (list != null && list.size() > ROWS) {
            throw new FormFormatException(path, "字段 " + path + " 过多：" + list.size() + " 项，最多 " + ROWS + " 项");
        }
    }

    private static void names(String path, List<String> list) {
        rows(path, list);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                text(path + "[" + i + "]", list.get(i), NAME);
            }
        }
    }

    private static void items(String path, Map<String, ?> items) {
        if (items != null) {
            names(path, List.copyOf(items.keySet()));
        }
    }
}
