package cn.jixiao.form;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.document.FormType;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;
import cn.jixiao.validation.crossform.CrossFormValidator;
import cn.jixiao.validation.crossform.StoredForm;
import cn.jixiao.validation.crossform.StoredFormStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Runs the validation engine with the thresholds of the form's prefecture. */
@Service
public class FormChecks {

    private final FormValidator validator = new FormValidator();
    private final CrossFormValidator crossForm = new CrossFormValidator();
    private final FormDocumentReader reader = new FormDocumentReader();
    private final SettingsService settings;
    private final FormMapper forms;
    private final OrgMapper orgs;

    public FormChecks(SettingsService settings, FormMapper forms, OrgMapper orgs) {
        this.settings = settings;
        this.forms = forms;
        this.orgs = orgs;
    }

    public ValidationResult check(FormDocument document, long unitId) {
        return validator.validate(document, settings.forUnit(unitId));
    }

    /**
     * At submission and review: the single-form rules plus the rules that compare with the other
     * stored forms of the unit (duplicates, copied amounts, changes against the signed target).
     * The unit is the one the form is filed under, whatever its 单位名称 text says, so every stored
     * document is compared under the org's own name.
     */
    public List<Finding> checkForSubmission(FormRecord form, FormDocument document) {
        return checkStored(form.id(), form.unitId(), document).findings();
    }

    /**
     * A form of a unit as its filer and reviewers see it: single-form and cross-form findings, and the
     * computed values. {@code formId} is null for a form about to be created. The document must name
     * its type, year and fund (FormService checks that before anything is stored).
     */
    public ValidationResult checkStored(Long formId, long unitId, FormDocument document) {
        ValidationSettings thresholds = settings.forUnit(unitId);
        ValidationResult single = validator.validate(document, thresholds);
        List<Finding> findings = new ArrayList<>(single.findings());
        String unitName = orgs.findById(unitId).name();
        String type = document.type().name();
        Integer month = document.type() == FormType.MONITORING ? document.monitorMonth() : null;
        List<StoredForm> stored = new ArrayList<>();
        forms.findSiblings(unitId, type, document.year(), month, formId).forEach(f -> stored.add(stored(f, unitName)));
        if (document.type() != FormType.TARGET) {
            forms.findTargets(unitId, document.fund().name(), document.year())
                    .forEach(f -> stored.add(stored(f, unitName)));
        }
        findings.addAll(crossForm.validate(String.valueOf(formId), document.withUnit(unitName), stored, thresholds));
        return new ValidationResult(findings, single.computed());
    }

    public static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    private StoredForm stored(FormRecord f, String unitName) {
        return new StoredForm(String.valueOf(f.id()), StoredFormStatus.valueOf(f.status().name()),
                reader.read(f.document()).withUnit(unitName));
    }
}
