package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.RuleCode;

import java.util.List;
import java.util.Objects;

/**
 * DUPLICATE_FORM (ERROR): another form of the same type, unit, project and year (and monitorMonth for
 * MONITORING) that is not withdrawn is in process or signed.
 */
public final class DuplicateFormRule implements CrossFormRule {

    @Override
    public void check(CrossFormContext ctx, List<Finding> out) {
        FormDocument c = ctx.candidate();
        for (StoredForm f : ctx.others()) {
            FormDocument o = f.document();
            if (!f.status().counts() || c.type() == null || c.year() == null || c.type() != o.type()
                    || !Objects.equals(c.year(), o.year())
                    || !CrossFormContext.sameText(c.unit(), o.unit())
                    || !CrossFormContext.sameText(c.project(), o.project())) {
                continue;
            }
            if (c.type() == FormType.MONITORING && !Objects.equals(c.monitorMonth(), o.monitorMonth())) {
                continue;
            }
            String period = c.year() + " 年" + (c.type() == FormType.MONITORING ? " " + c.monitorMonth() + " 月" : "");
            out.add(Finding.error(RuleCode.DUPLICATE_FORM, "project",
                    c.unit().strip() + "“" + c.project().strip() + "”" + period + "的" + c.type().label()
                            + "已存在" + CrossFormContext.describe(f) + "，不能重复填报"));
            return;
        }
    }
}
