package cn.jixiao.document;

/** The text sections of the 绩效评价报告. */
public record ReportSections(
        String targetSetting,
        String execution,
        String management,
        String achievement,
        String plans,
        String experience) {
}
