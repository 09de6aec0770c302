package cn.jixiao.document;

import java.util.List;
import java.util.Set;

/**
 * 填表说明: the instructions for filling in the tables, one source for the Excel template's sheet (every note, in
 * this order) and for the editor, which shows each note beside the part of the table it concerns
 * ({@link #sections}: basic, budget, goal, indicators; none: the note is about the template file only) on the
 * tables it applies to ({@link #types}).
 */
public enum FillingNote {
    TEMPLATE_CELLS("只填写黄色单元格；不要修改表中文字标签（导入时按标签定位单元格）。", List.of(), Set.of(FormType.values())),
    AMOUNTS("金额以万元为单位，保留两位小数；模板中可填数字或带“万元”的文字，可含千分位逗号、全角数字。",
            List.of("budget"), Set.of(FormType.values())),
    PERCENTAGES("执行率、指标完成率、总体完成率填百分数：68.77 即 68.77%（模板中也可写 68.77%）。",
            List.of("budget", "indicators"), Set.of(FormType.MONITORING, FormType.EVALUATION)),
    INDICATOR_ROWS("指标行不够时可插入行（模板中在指标区域内插入行）；未填写三级指标、指标值的行导入时忽略。",
            List.of("indicators"), Set.of(FormType.values())),
    NOT_DUE("监控表中尚未到监控节点的指标，勾选“未达监控节点”（模板中在“备注”列填写“未达监控节点”）。",
            List.of("indicators"), Set.of(FormType.MONITORING)),
    FUND_AND_PERIOD("险种从下拉列表选择；年度填四位数字，监控月份填 1-12。", List.of("basic"), Set.of(FormType.values())),
    IMPORT("导入后生成草稿，系统按规则校验并提示需要修改的单元格。", List.of(), Set.of(FormType.values()));

    private final String text;
    private final List<String> sections;
    private final Set<FormType> types;

    FillingNote(String text, List<String> sections, Set<FormType> types) {
        this.text = text;
        this.sections = sections;
        this.types = types;
    }

    public String text() {
        return text;
    }

    /** The parts of the editor's table the note is shown beside; empty: the template's sheet only. */
    public List<String> sections() {
        return sections;
    }

    public Set<FormType> types() {
        return types;
    }
}
