package cn.jixiao.collab;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.workflow.StepContext;
import cn.jixiao.workflow.WorkflowGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells people that a task has arrived for them: its assignee, or every member of the group it is offered to.
 * Written in the engine's transaction (Camunda publishes task events synchronously), so a task rolled back
 * leaves no notice. Whoever caused the task (the filer creating or recalling a draft) is not told about it,
 * and the filer's 退回修改 task is announced by the return's own notice, which carries the reviewer's comment.
 */
@Component
class TaskArrivalNotices {

    static final String KIND = "TASK_ARRIVED";

    private final NotificationMapper notifications;
    private final FormMapper forms;
    private final WorkflowGroups groups;

    TaskArrivalNotices(NotificationMapper notifications, FormMapper forms, WorkflowGroups groups) {
        this.notifications = notifications;
        this.forms = forms;
        this.groups = groups;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void arrived(DelegateTask task) {
        if ("correct".equals(task.getTaskDefinitionKey())) {
            return;
        }
        String actor = actor(task).orElse(null);
        List<String> who = recipients(task).stream().filter(u -> !u.equals(actor)).toList();
        if (who.isEmpty()) {
            return;
        }
        FormRecord form = forms.findById(((Number) task.getVariable("formId")).longValue());
        notifications.insert(who, form.id(), KIND,
                "《" + form.project() + "》（" + form.unitName() + "）已到“" + task.getName() + "”，待您处理");
    }

    private List<String> recipients(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .map(groups::members)
                .orElse(List.of());
    }

    /** The person whose request is moving the form: the step's actor, else the logged-in caller (e.g. creating a form). */
    private static Optional<String> actor(DelegateTask task) {
        Optional<String> step = StepContext.find(task).map(s -> s.actor().username());
        if (step.isPresent()) {
            return step;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user.username()) : Optional.empty();
    }
}
