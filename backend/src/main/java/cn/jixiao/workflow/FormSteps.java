package cn.jixiao.workflow;

import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormChecks;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormSigned;
import cn.jixiao.form.FormSnapshotMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.FormVersionMapper;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.RuleCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What happens to a form at each step of its process; the BPMN delegates call these. Each step
 * re-validates the stored document, so nothing moves on while an ERROR stands, and writes the
 * form's history with the findings of that moment.
 */
@Service
public class FormSteps {

    private final FormMapper forms;
    private final FormHistoryMapper history;
    private final FormVersionMapper versions;
    private final FormSnapshotMapper snapshots;
    private final InboxMapper inbox;
    private final NotificationMapper notifications;
    private final FormChecks checks;
    private final WorkflowGroups groups;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final FormDocumentReader reader = new FormDocumentReader();

    public FormSteps(FormMapper forms, FormHistoryMapper history, FormVersionMapper versions, FormSnapshotMapper snapshots,
                     InboxMapper inbox, NotificationMapper notifications, FormChecks checks, WorkflowGroups groups,
                     ObjectMapper json, ApplicationEventPublisher events) {
        this.forms = forms;
        this.history = history;
        this.versions = versions;
        this.snapshots = snapshots;
        this.inbox = inbox;
        this.notifications = notifications;
        this.checks = checks;
        this.groups = groups;
        this.json = json;
        this.events = events;
    }

    /** draft/correct → next: every rule incl. cross-form; ERRORs block, WARNINGs need a note. */
    public void submitted(long formId, StepContext step) {
        FormRecord form = forms.findById(formId);
        List<Finding> findings = checks.checkForSubmission(form, document(form));
        blockOnErrors(findings, "提交");
        List<Finding> unexplained = unacknowledged(FormChecks.warnings(findings), step.request().acknowledgementsOrEmpty());
        if (!unexplained.isEmpty()) {
            throw warningsNeedNotes(unexplained);
        }
        forms.updateFindingCounts(formId, 0, FormChecks.warnings(findings).size());
        record(form, step, FormAction.SUBMIT, findings);
    }

    /** EVALUATION: the 绩效评价报告 must be written before the unit head sees the form (REPORT_SECTION_MISSING). */
    public void reportChecked(long formId) {
        FormRecord form = forms.findById(formId);
        List<Finding> missing = checks.check(document(form), form.unitId()).findings().stream()
                .filter(f -> RuleCode.REPORT_SECTION_MISSING.name().equals(f.code())).toList();
        blockOnErrors(missing, "提交");
    }

    /** unitReview/prefectureReview APPROVE: no ERROR may stand; WARNINGs the filer left unexplained need the reviewer's note. */
    public void approved(long formId, StepContext step) {
        FormRecord form = forms.findById(formId);
        List<Finding> findings = checks.checkForSubmission(form, document(form));
        blockOnErrors(findings, "审核通过");
        List<StepRequest.Acknowledgement> explained = new ArrayList<>(filersAcknowledgements(formId));
        explained.addAll(step.request().acknowledgementsOrEmpty());
        List<Finding> unexplained = unacknowledged(FormChecks.warnings(findings), explained);
        if (!unexplained.isEmpty()) {
            throw warningsNeedNotes(unexplained);
        }
        record(form, step, FormAction.APPROVE, findings);
    }

    /**
     * A return to the filer tells the filer, with the comment; one to the reviewer or the unit head is announced to
     * them by the task's arrival notice, and the filer, who has nothing to do, is not told to correct anything.
     */
    public void returned(long formId, StepContext step) {
        FormRecord form = forms.findById(formId);
        record(form, step, FormAction.RETURN, List.of());
        if (TaskKey.of(step.taskKey()).returnTarget(step.request().returnTo()) == ReturnTarget.FILER) {
            notifications.insert(List.of(form.filer()), formId, "RETURN",
                    "《" + form.project() + "》被退回修改：" + step.request().comment());
        }
    }

    /** signOff SIGN: validate again, require a signed target where one exists, freeze the document. */
    public void signed(long formId, StepContext step) {
        FormRecord form = forms.findById(formId);
        List<Finding> findings = checks.checkForSubmission(form, document(form));
        blockOnErrors(findings, "签发");
        if (!"TARGET".equals(form.formType())) {
            boolean unsignedTarget = forms.findTargets(form.unitId(), form.fund(), form.formYear()).stream()
                    .anyMatch(t -> t.status() != FormStatus.SIGNED);
            if (unsignedTarget) {
                throw new StepRejected("TARGET_NOT_SIGNED", "同一单位、险种、年度的绩效目标表尚未签发，请先签发目标表",
                        null);
            }
        }
        snapshots.insert(new FormSnapshotMapper.Snapshot(formId, form.document(), sha256(form.document()),
                step.actor().username(), LocalDateTime.now()));
        forms.markSigned(formId, step.actor().username());
        events.publishEvent(new FormSigned(formId, step.actor().username()));
        record(form, step, FormAction.SIGN, findings);
        notifications.insert(List.of(form.filer()), formId, "SIGNED", "《" + form.project() + "》已签发");
    }

    public void recalled(long formId, StepContext step) {
        record(forms.findById(formId), step, FormAction.RECALL, List.of());
    }

    /**
     * Timer: the filer's due date is near. The timer re-arms each time the form comes back to the
     * filer; once the date has passed it fires at once, so the notice is given only once.
     */
    public void remindFiler(long formId) {
        FormRecord form = forms.findById(formId);
        if (pastDue(form)) {
            return; // entered after its due date: both timers fire at once, and only the overdue notice is true
        }
        notifyOnce(form, "REMINDER", "《" + form.project() + "》将于 " + form.dueDate() + " 到期，请及时填报");
    }

    /** Timer: the due date has passed. */
    public void markOverdue(long formId) {
        FormRecord form = forms.findById(formId);
        forms.markOverdue(formId);
        notifyOnce(form, "OVERDUE", "《" + form.project() + "》已超过截止日期 " + form.dueDate());
    }

    private static boolean pastDue(FormRecord form) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        return form.dueDate() != null && today.isAfter(form.dueDate());
    }

    private void notifyOnce(FormRecord form, String kind, String message) {
        if (!notifications.exists(form.filer(), form.id(), kind)) {
            notifications.insert(List.of(form.filer()), form.id(), kind, message);
        }
    }

    /** Timer: a review step has waited five working days. */
    public void remindReviewers(long formId) {
        InboxTask task = inbox.findOpenByForm(formId);
        if (task == null) {
            return;
        }
        List<String> who = task.assignee() != null ? List.of(task.assignee())
                : task.candidateGroup() == null ? List.of() : groups.members(task.candidateGroup());
        if (!who.isEmpty()) {
            notifications.insert(who, formId, "REVIEW_REMINDER",
                    "《" + task.project() + "》在“" + task.taskName() + "”已等待 5 个工作日，请尽快处理");
        }
    }

    /** Recall is allowed only while the filer's submission is the last thing that happened. */
    public boolean lastActionWasSubmitBy(long formId, String username) {
        List<HistoryEntry> entries = history.findByForm(formId);
        if (entries.isEmpty()) {
            return false;
        }
        HistoryEntry last = entries.get(entries.size() - 1);
        return FormAction.SUBMIT.name().equals(last.action()) && username.equals(last.actor());
    }

    private List<StepRequest.Acknowledgement> filersAcknowledgements(long formId) {
        List<HistoryEntry> entries = history.findByForm(formId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            if (FormAction.SUBMIT.name().equals(e.action()) && e.acknowledgements() != null) {
                try {
                    return List.of(json.readValue(e.acknowledgements(), StepRequest.Acknowledgement[].class));
                } catch (JsonProcessingException ex) {
                    throw new IllegalStateException("unreadable acknowledgements in history " + e.id(), ex);
                }
            }
        }
        return List.of();
    }

    static List<Finding> unacknowledged(List<Finding> warnings, List<StepRequest.Acknowledgement> acks) {
        return warnings.stream()
                .filter(w -> acks.stream().noneMatch(a -> a != null && Objects.equals(a.code(), w.code())
                        && Objects.equals(a.path(), w.path()) && a.note() != null && !a.note().isBlank()))
                .toList();
    }

    private static void blockOnErrors(List<Finding> findings, String action) {
        List<Finding> errors = FormChecks.errors(findings);
        if (!errors.isEmpty()) {
            throw new StepRejected("VALIDATION_FAILED", "表单存在 " + errors.size() + " 个错误，不能" + action, errors);
        }
    }

    private static StepRejected warningsNeedNotes(List<Finding> unexplained) {
        return new StepRejected("WARNINGS_NOT_ACKNOWLEDGED",
                "有 " + unexplained.size() + " 个警告需要填写说明后才能继续", unexplained);
    }

    private void record(FormRecord form, StepContext step, FormAction action, List<Finding> findings) {
        StepRequest r = step.request();
        // the document as it stood at this step is a version to go back to, even when it was only autosaved
        versions.keepCurrent(form.id(), step.actor().username());
        history.insert(new HistoryEntry(null, form.id(), null, step.actor().username(), step.actor().displayName(),
                action.name(), step.taskKey(), form.version(), blankToNull(r.comment()),
                toJsonOrNull(r.fieldCommentsOrEmpty()), toJsonOrNull(findings),
                toJsonOrNull(r.acknowledgementsOrEmpty())));
    }

    private FormDocument document(FormRecord form) {
        return reader.read(form.document());
    }

    private String toJsonOrNull(List<?> list) {
        if (list.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
