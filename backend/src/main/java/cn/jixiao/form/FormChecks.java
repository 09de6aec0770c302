package cn.jixiao.form;

import cn.jixiao.form.document.FormDocument;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import java.util.List;
import org.springframework.stereotype.Service;

/** Runs the validation engine with the thresholds of the form's prefecture. */
@Service
public class FormChecks {

    private final FormValidator validator = new FormValidator();
    private final SettingsService settings;

    public FormChecks(SettingsService settings) {
        this.settings = settings;
    }

    public ValidationResult check(FormDocument document, long unitId) {
        return validator.validate(document, settings.forUnit(unitId));
    }

    /**
     * At submission and review: the single-form rules plus the rules that compare with the other
     * stored forms of the unit (duplicates, copied amounts, changes against the signed target).
     */
    public List<Finding> checkForSubmission(FormRecord form, FormDocument document) {
        return check(document, form.unitId()).findings();
    }

    public static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }
}
