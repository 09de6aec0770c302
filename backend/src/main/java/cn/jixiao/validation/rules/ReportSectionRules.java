package cn.jixiao.validation.rules;

import cn.jixiao.document.FormType;
import cn.jixiao.document.ReportSection;
import cn.jixiao.document.ReportSections;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.ValidationContext;

import java.util.List;

/** The 绩效评价报告 is written (EVALUATION): REPORT_SECTION_MISSING (ERROR) for each blank section. */
public final class ReportSectionRules implements Rule {

    @Override
    public void check(ValidationContext ctx, List<Finding> out) {
        if (ctx.type() != FormType.EVALUATION) {
            return;
        }
        ReportSections sections = ctx.doc().report() == null ? null : ctx.doc().report().sections();
        for (ReportSection section : ReportSection.values()) {
            String text = section.textIn(sections);
            if (text == null || text.isBlank()) {
                out.add(Finding.error(RuleCode.REPORT_SECTION_MISSING, section.path(),
                        "绩效评价报告“" + section.title() + "”部分未填写"));
            }
        }
    }
}
