package cn.jixiao.form;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.document.FormType;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.validation.ValidationSettings;
import cn.jixiao.validation.crossform.CrossFormValidator;
import cn.jixiao.validation.crossform.StoredForm;
import cn.jixiao.validation.crossform.StoredFormStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Runs the validation engine with the thresholds of the form's prefecture. The findings of a stored form are kept
 * (form_findings) with a hash of everything they depend on, so reading a form that nothing has changed does not
 * run the rules again (see {@link #current}).
 */
@Service
public class FormChecks {

    private final FormValidator validator = new FormValidator();
    private final CrossFormValidator crossForm = new CrossFormValidator();
    private final FormDocumentReader reader = new FormDocumentReader();
    private final SettingsService settings;
    private final FormMapper forms;
    private final OrgHierarchy hierarchy;
    private final FormFindingsMapper stored;
    private final ObjectMapper json;
    private final Counter runs;
    /** Rules change with the code: findings of another build are not reused (a random id where none is known). */
    private final String build;

    public FormChecks(SettingsService settings, FormMapper forms, OrgHierarchy hierarchy, FormFindingsMapper stored,
                      ObjectMapper json, MeterRegistry meters, ObjectProvider<BuildProperties> buildInfo) {
        this.settings = settings;
        this.forms = forms;
        this.hierarchy = hierarchy;
        this.stored = stored;
        this.json = json;
        this.runs = Counter.builder("jixiao.validation.runs")
                .description("validations of stored forms (single-form and cross-form rules)").register(meters);
        BuildProperties info = buildInfo.getIfAvailable();
        this.build = info == null || info.getTime() == null ? UUID.randomUUID().toString()
                : info.getVersion() + "@" + info.getTime();
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
        return current(form, document).findings();
    }

    /**
     * The findings of a stored form's current version ({@code document} is its document under the unit's name):
     * those kept for it if the same inputs produced them — the document, the unit's name and validation settings,
     * the state of every form the cross-form rules read (id, version, status, last change) and this build — else
     * freshly validated and kept.
     */
    public ValidationResult current(FormRecord form, FormDocument document) {
        String unitName = hierarchy.org(form.unitId()).name();
        ValidationSettings thresholds = settings.forUnit(form.unitId());
        String inputs = inputs(form, unitName, thresholds, document);
        FormFindingsMapper.Stored kept = stored.find(form.id());
        if (kept != null && kept.inputs().equals(inputs)) {
            ValidationResult result = parse(kept.result());
            if (result != null) {
                return result;
            }
        }
        ValidationResult result = checkStored(form.id(), form.unitId(), document);
        keep(form, inputs, result);
        return result;
    }

    /** Keeps the findings just computed for a form's new version (after a create or a save), for its next read. */
    public void remember(FormRecord form, FormDocument document, ValidationResult result) {
        String unitName = hierarchy.org(form.unitId()).name();
        keep(form, inputs(form, unitName, settings.forUnit(form.unitId()), document), result);
    }

    private String inputs(FormRecord form, String unitName, ValidationSettings thresholds, FormDocument document) {
        Integer month = document.type() == FormType.MONITORING ? document.monitorMonth() : null;
        StringBuilder in = new StringBuilder(build).append('\n').append(unitName).append('\n')
                .append(thresholds.toMap()).append('\n').append(form.document()).append('\n');
        stored.findRelated(form.id(), form.unitId(), document.type().name(), document.year(), month,
                        document.fund() == null ? null : document.fund().name(), document.type() != FormType.TARGET)
                .forEach(r -> in.append(r.id()).append(':').append(r.version()).append(':').append(r.status())
                        .append(':').append(r.updatedAt()).append(';'));
        return sha256(in.toString());
    }

    private void keep(FormRecord form, String inputs, ValidationResult result) {
        String text;
        try {
            text = json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (stored.update(form.id(), form.version(), inputs, text) == 0) {
            try {
                stored.insert(form.id(), form.version(), inputs, text);
            } catch (DuplicateKeyException e) {
                // another request kept the same form's findings at the same moment: either row will do
            }
        }
    }

    /** Null when the kept text no longer reads (its shape changed): the rules run again. */
    private ValidationResult parse(String text) {
        try {
            return json.readValue(text, ValidationResult.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A form of a unit as its filer and reviewers see it: single-form and cross-form findings, and the
     * computed values. {@code formId} is null for a form about to be created. The document must name
     * its type, year and fund (FormService checks that before anything is stored).
     */
    public ValidationResult checkStored(Long formId, long unitId, FormDocument document) {
        runs.increment();
        ValidationSettings thresholds = settings.forUnit(unitId);
        ValidationResult single = validator.validate(document, thresholds);
        List<Finding> findings = new ArrayList<>(single.findings());
        String unitName = hierarchy.org(unitId).name();
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
