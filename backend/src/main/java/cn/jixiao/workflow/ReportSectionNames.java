package cn.jixiao.workflow;

import java.util.Map;

/** The Chinese headings of the 绩效评价报告 sections. */
final class ReportSectionNames {

    private static final Map<String, String> NAMES = Map.of(
            "targetSetting", "绩效目标设定情况",
            "execution", "预算执行情况",
            "management", "项目管理情况",
            "achievement", "绩效目标完成情况",
            "plans", "下一步改进措施",
            "experience", "经验做法");

    private ReportSectionNames() {
    }

    static String of(String key) {
        return NAMES.getOrDefault(key, key);
    }
}
