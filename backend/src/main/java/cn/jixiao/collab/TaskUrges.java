package cn.jixiao.collab;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催办: anyone who can see the form chases the people its open task waits on, once per task per 24 hours. */
@Service
class TaskUrges {

    static final Duration INTERVAL = Duration.ofHours(24);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final FormReaders readers;
    private final InboxMapper inbox;
    private final UrgeMapper urges;
    private final TaskPeople people;
    private final NotificationMapper notifications;
    private final FormHistoryMapper history;
    private final FormMapper forms;
    private final AuditLog audit;

    TaskUrges(FormReaders readers, InboxMapper inbox, UrgeMapper urges, TaskPeople people,
              NotificationMapper notifications, FormHistoryMapper history, FormMapper forms, AuditLog audit) {
        this.readers = readers;
        this.inbox = inbox;
        this.urges = urges;
        this.people = people;
        this.notifications = notifications;
        this.history = history;
        this.forms = forms;
        this.audit = audit;
    }

    /** Returns whom it told. 429 when the task was chased less than 24 hours ago. */
    @Transactional
    public List<String> urge(CurrentUser user, String taskId, String comment) {
        String note = CollabText.optional("comment", comment);
        InboxTask task = readers.openTask(user, taskId);
        if (inbox.lockOpen(taskId) == null) { // two chasers of one task: the second waits here and sees the first
            throw ApiException.conflict("该任务已被处理");
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime last = urges.lastUrge(taskId);
        if (last != null && last.plus(INTERVAL).isAfter(now)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "URGED_RECENTLY",
                    "该任务已于 " + last.format(SHOWN) + " 催办过，24 小时内只能催办一次");
        }
        List<String> who = people.waitingOn(task).stream().filter(u -> !u.equals(user.username())).toList();
        urges.insert(taskId, task.formId(), user.username(), now);
        if (!who.isEmpty()) {
            notifications.insert(who, task.formId(), "URGE", user.displayName() + " 催办《" + task.project() + "》的“"
                    + task.taskName() + "”，请尽快处理" + (note == null ? "" : "：" + note));
        }
        history.insert(new HistoryEntry(null, task.formId(), null, user.username(), user.displayName(), FormAction.URGE.name(),
                task.taskKey(), forms.findById(task.formId()).version(), note, null, null, null));
        audit.record(user.username(), AuditAction.TASK_URGE, task.formId(),
                "催办“" + task.taskName() + "”" + (note == null ? "" : "：" + note));
        return who;
    }
}
