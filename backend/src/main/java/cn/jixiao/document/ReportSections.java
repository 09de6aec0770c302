package cn.jixiao.document;

import java.util.function.Function;

/** The text sections of the 绩效评价报告. */
public record ReportSections(
        String targetSetting,
        String execution,
        String management,
        String achievement,
        String plans,
        String experience) {

    /** The sections with the text {@code text} gives for each; {@code null} when every text is {@code null}. */
    public static ReportSections of(Function<ReportSection, String> text) {
        ReportSections s = new ReportSections(text.apply(ReportSection.TARGET_SETTING),
                text.apply(ReportSection.EXECUTION), text.apply(ReportSection.MANAGEMENT),
                text.apply(ReportSection.ACHIEVEMENT), text.apply(ReportSection.PLANS),
                text.apply(ReportSection.EXPERIENCE));
        for (ReportSection section : ReportSection.values()) {
            if (section.textIn(s) != null) {
                return s;
            }
        }
        return null;
    }
}
