package cn.jixiao.collab;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.UserMapper;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.SeparationOfDuties;
import cn.jixiao.workflow.WorkflowGroups;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办: whoever holds a review task (claimed, or offered to their group) hands it to a colleague who holds the
 * same role for the same org. The colleague becomes its assignee; the form's history says from whom to whom.
 * The filer's own steps (填报, 退回修改) are not transferred: the form stays with its filer.
 */
@Service
class TaskTransfers {

    public record Transferred(String taskId, String assignee) {
    }

    public record Colleague(String username, String displayName) {
    }

    private final FormReaders readers;
    private final InboxMapper inbox;
    private final WorkflowGroups groups;
    private final SeparationOfDuties separation;
    private final UserMapper users;
    private final TaskService tasks;
    private final NotificationMapper notifications;
    private final FormHistoryMapper history;
    private final FormMapper forms;
    private final AuditLog audit;

    TaskTransfers(FormReaders readers, InboxMapper inbox, WorkflowGroups groups, SeparationOfDuties separation,
                  UserMapper users, TaskService tasks, NotificationMapper notifications, FormHistoryMapper history,
                  FormMapper forms, AuditLog audit) {
        this.readers = readers;
        this.inbox = inbox;
        this.groups = groups;
        this.separation = separation;
        this.users = users;
        this.tasks = tasks;
        this.notifications = notifications;
        this.history = history;
        this.forms = forms;
        this.audit = audit;
    }

    @Transactional
    public Transferred transfer(CurrentUser user, String taskId, String to, String comment) {
        if (to == null || to.isBlank()) {
            throw ApiException.badRequest("请选择转办给谁（字段 to）");
        }
        String note = CollabText.optional("comment", comment);
        InboxTask seen = readers.openTask(user, taskId);
        if (seen.candidateGroup() == null) {
            throw unprocessable("“" + seen.taskName() + "”由填报人本人办理，不能转办");
        }
        if (!groups.of(user).contains(seen.candidateGroup())) {
            throw ApiException.forbidden("该任务不是您的待办，不能转办");
        }
        if (inbox.lockOpen(taskId) == null) { // a completion, a claim or another transfer of this task waits here
            throw ApiException.conflict("该任务已被处理");
        }
        InboxTask task = inbox.find(taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw ApiException.conflict("该任务已被 " + task.assignee() + " 领取，不能转办");
        }
        AppUser colleague = colleague(user, task, to.strip());
        tasks.setAssignee(taskId, colleague.username());
        String fromTo = user.displayName() + " → " + colleague.displayName();
        history.insert(new HistoryEntry(null, task.formId(), null, user.username(), user.displayName(), FormAction.TRANSFER.name(),
                task.taskKey(), forms.findById(task.formId()).version(),
                "转办：" + fromTo + (note == null ? "" : "；" + note), null, null, null));
        notifications.insert(List.of(colleague.username()), task.formId(), "TRANSFER", user.displayName() + " 将《"
                + task.project() + "》的“" + task.taskName() + "”转办给您" + (note == null ? "" : "：" + note));
        audit.record(user.username(), AuditAction.TASK_TRANSFER, task.formId(), "“" + task.taskName() + "”转办：" + user.username()
                + " → " + colleague.username() + (note == null ? "" : "；" + note));
        return new Transferred(taskId, colleague.username());
    }

    /** Colleagues who may take this task from the caller: the same group, not the caller, not kept from the step. */
    public List<Colleague> candidates(CurrentUser user, String taskId) {
        InboxTask task = readers.openTask(user, taskId);
        if (task.candidateGroup() == null || !groups.of(user).contains(task.candidateGroup())) {
            return List.of();
        }
        return groups.members(task.candidateGroup()).stream()
                .filter(u -> !u.equals(user.username()) && !separation.excludes(u, task))
                .map(users::findByUsername)
                .map(u -> new Colleague(u.username(), u.displayName()))
                .toList();
    }

    /** The colleague named by {@code to}: same role, same org, active, and not kept from this step. 422 otherwise. */
    private AppUser colleague(CurrentUser user, InboxTask task, String to) {
        if (to.equals(user.username())) {
            throw unprocessable("不能转办给自己（字段 to）");
        }
        if (!groups.members(task.candidateGroup()).contains(to)) {
            throw unprocessable("用户 " + to + " 不是本单位“" + task.taskName() + "”环节的同岗人员，不能转办给他（字段 to）");
        }
        if (separation.excludes(to, task)) {
            throw unprocessable("用户 " + to + " 已在前一环节办理过该表（职责分离），不能转办给他（字段 to）");
        }
        return users.findByUsername(to);
    }

    private static ApiException unprocessable(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "TRANSFER_NOT_ALLOWED", message);
    }
}
