package cn.jixiao.workflow.inbox;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.workflow.TaskKey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps inbox_task and the form's status in step with the engine's user tasks. Camunda publishes
 * task events synchronously, so these writes share the engine's transaction: a task never exists
 * without its inbox row, nor the other way round.
 */
@Component
public class InboxProjection {

    private final InboxMapper inbox;
    private final FormMapper forms;
    private final OrgHierarchy hierarchy;

    public InboxProjection(InboxMapper inbox, FormMapper forms, OrgHierarchy hierarchy) {
        this.inbox = inbox;
        this.forms = forms;
        this.hierarchy = hierarchy;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void created(DelegateTask task) {
        long formId = ((Number) task.getVariable("formId")).longValue();
        Number rectificationId = (Number) task.getVariable("rectificationId");
        FormRecord form = forms.findById(formId);
        String group = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst().orElse(null);
        inbox.insert(new InboxTask(task.getId(), formId, task.getTaskDefinitionKey(), task.getName(),
                task.getAssignee(), group, hierarchy.org(form.unitId()).path(), form.formType(), form.formYear(),
                form.monitorMonth(), form.fund(), form.unitName(), form.project(),
                LocalDateTime.ofInstant(task.getCreateTime().toInstant(), ZoneId.systemDefault()),
                rectificationId == null ? form.dueDate() : LocalDate.parse((String) task.getVariable("dueDay")),
                null, null, null, null,
                rectificationId == null ? null : rectificationId.longValue()));
        if (rectificationId == null) { // a rectification's steps leave the form's status as it is
            forms.updateStatus(formId, TaskKey.of(task.getTaskDefinitionKey()).status());
        }
    }

    @EventListener(condition = "#task.eventName == 'assignment'")
    public void assigned(DelegateTask task) {
        inbox.updateAssignee(task.getId(), task.getAssignee());
    }

    /** Completed tasks were already finished by the one who completed them; this closes the rest. */
    @EventListener(condition = "#task.eventName == 'complete' or #task.eventName == 'delete'")
    public void ended(DelegateTask task) {
        finish(task.getId(), null);
    }

    /**
     * Moves the task to the finished ones for {@code username}; false when it was not open (any
     * more). Concurrent callers for one task wait on its row lock, and only the first gets true.
     */
    public boolean finish(String taskId, String username) {
        if (inbox.lockOpen(taskId) == null) {
            return false;
        }
        inbox.copyToDone(taskId, username);
        inbox.deleteOpen(taskId);
        return true;
    }

}
