package cn.jixiao.rectification;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.Indicator;
import cn.jixiao.document.Likelihood;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * When a rectification should be considered: a self-evaluation (自评) graded 中 or 差, or a monitored indicator whose
 * target is 完全不可能 to reach. The screens ask here, so these rules are written once.
 */
@Component
public class RectificationSuggestion {

    static final Set<String> WEAK_GRADES = Set.of("中", "差");

    public record Suggestion(boolean suggested, List<String> reasons) {
    }

    private final FormService forms;

    public RectificationSuggestion(FormService forms) {
        this.forms = forms;
    }

    public Suggestion of(CurrentUser user, long formId) {
        FormRecord form = forms.visible(user, formId);
        List<String> reasons = new ArrayList<>();
        if ("EVALUATION".equals(form.formType()) && form.grade() != null && WEAK_GRADES.contains(form.grade())) {
            reasons.add("自评等级为“" + form.grade() + "”");
        }
        FormDocument document = forms.stored(form.document());
        if (document.indicators() != null) {
            for (Indicator indicator : document.indicators()) {
                if (indicator != null && indicator.likelihood() == Likelihood.IMPOSSIBLE) {
                    reasons.add("指标“" + indicator.name() + "”预计" + Likelihood.IMPOSSIBLE.label() + "完成");
                }
            }
        }
        return new Suggestion(!reasons.isEmpty(), reasons);
    }
}
