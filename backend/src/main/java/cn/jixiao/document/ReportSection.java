package cn.jixiao.document;

import java.util.function.Function;

/**
 * The six text sections of the 绩效评价报告, in print order, with the headings of the printed table (the exporter
 * writes them, the importer finds the texts below them, the editor and the messages show them).
 */
public enum ReportSection {
    TARGET_SETTING("targetSetting", "一、绩效目标设定情况", ReportSections::targetSetting),
    EXECUTION("execution", "二、预算执行情况", ReportSections::execution),
    MANAGEMENT("management", "三、项目管理情况", ReportSections::management),
    ACHIEVEMENT("achievement", "四、绩效目标实现情况", ReportSections::achievement),
    PLANS("plans", "五、下一步工作计划", ReportSections::plans),
    EXPERIENCE("experience", "六、主要经验及做法", ReportSections::experience);

    private final String key;
    private final String heading;
    private final Function<ReportSections, String> text;

    ReportSection(String key, String heading, Function<ReportSections, String> text) {
        this.key = key;
        this.heading = heading;
        this.text = text;
    }

    /** The key in {@code report.sections}. */
    public String key() {
        return key;
    }

    /** The printed heading, with its numeral: 一、绩效目标设定情况. */
    public String heading() {
        return heading;
    }

    /** The heading without its numeral, for messages: 绩效目标设定情况. */
    public String title() {
        return heading.substring(heading.indexOf('、') + 1);
    }

    /** The JSON path of the section's text. */
    public String path() {
        return "report.sections." + key;
    }

    /** This section's text in {@code sections}; {@code null} when there are no sections. */
    public String textIn(ReportSections sections) {
        return sections == null ? null : text.apply(sections);
    }
}
