package cn.jixiao.rectification;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.document.DomainException;
import cn.jixiao.form.FormAction;
import cn.jixiao.workflow.StepContext;
import cn.jixiao.workflow.WorkflowGroups;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import java.util.List;
import org.springframework.stereotype.Service;

/** What happens at each step of a rectification's process; its delegates call these. Each step is in the form's history. */
@Service
public class RectificationSteps {

    private final RectificationMapper rectifications;
    private final FormMapper forms;
    private final InboxMapper inbox;
    private final WorkflowGroups groups;
    private final NotificationMapper notifications;

    public RectificationSteps(RectificationMapper rectifications, FormMapper forms, InboxMapper inbox,
                              WorkflowGroups groups, NotificationMapper notifications) {
        this.rectifications = rectifications;
        this.forms = forms;
        this.inbox = inbox;
        this.groups = groups;
        this.notifications = notifications;
    }

    /** rectify SUBMIT: only with the 整改情况 written. */
    public void submitted(long id, StepContext step) {
        RectificationRecord r = rectifications.lock(id);
        if (r.report() == null || r.report().isBlank()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "REPORT_MISSING",
                    "请先填写整改情况（字段 report）再提交", List.of());
        }
        rectifications.updateStatus(id, RectificationStatus.SUBMITTED);
        record(r, step, FormAction.RECTIFY_SUBMIT);
    }

    public void approved(long id, StepContext step) {
        record(rectifications.find(id), step, FormAction.RECTIFY_APPROVE);
    }

    /** Back to the filer, from the unit head or the prefecture, with the comment. */
    public void returned(long id, StepContext step) {
        RectificationRecord r = rectifications.find(id);
        rectifications.updateStatus(id, RectificationStatus.OPEN);
        record(r, step, FormAction.RECTIFY_RETURN);
        FormRecord form = forms.findById(r.formId());
        notifications.insert(List.of(form.filer()), form.id(), "RECTIFY_RETURN",
                "《" + form.project() + "》的整改被退回：" + step.request().comment());
    }

    public void accepted(long id, StepContext step) {
        RectificationRecord r = rectifications.find(id);
        rectifications.markAccepted(id);
        record(r, step, FormAction.RECTIFY_ACCEPT);
        FormRecord form = forms.findById(r.formId());
        notifications.insert(List.of(form.filer()), form.id(), "RECTIFY_ACCEPTED", "《" + form.project() + "》的整改已验收");
    }

    /** Timer: the due date is near (re-armed after each return; the notice is given once). */
    public void remindFiler(long id) {
        RectificationRecord r = rectifications.find(id);
        notifyFilerOnce(r, "RECTIFY_REMINDER", "将于 " + r.dueDate() + " 到期，请及时填报整改情况");
    }

    public void markOverdue(long id) {
        RectificationRecord r = rectifications.find(id);
        rectifications.markOverdue(id);
        notifyFilerOnce(r, "RECTIFY_OVERDUE", "已超过整改期限 " + r.dueDate());
    }

    /** Timer: 单位审核 or 地区核验 has waited its time limit. */
    public void remindReviewers(long id) {
        InboxTask task = inbox.findOpenByRectification(id);
        if (task == null) {
            return;
        }
        List<String> who = task.assignee() != null ? List.of(task.assignee())
                : task.candidateGroup() == null ? List.of() : groups.members(task.candidateGroup());
        if (!who.isEmpty()) {
            notifications.insert(who, task.formId(), "RECTIFY_REVIEW_REMINDER",
                    "《" + task.project() + "》的整改在“" + task.taskName() + "”等待处理，请尽快办理");
        }
    }

    private void notifyFilerOnce(RectificationRecord r, String kind, String what) {
        FormRecord form = forms.findById(r.formId());
        if (!notifications.exists(form.filer(), form.id(), kind)) {
            notifications.insert(List.of(form.filer()), form.id(), kind, "《" + form.project() + "》的整改" + what);
        }
    }

    private void record(RectificationRecord r, StepContext step, FormAction action) {
        String comment = step.request().comment();
        rectifications.insertHistory(new HistoryEntry(null, r.formId(), null, step.actor().username(),
                step.actor().displayName(), action.name(), step.taskKey(), forms.findById(r.formId()).version(),
                comment == null || comment.isBlank() ? null : comment, null, null, null), r.id());
    }
}
