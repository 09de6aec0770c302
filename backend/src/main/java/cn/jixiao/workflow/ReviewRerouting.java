package cn.jixiao.workflow;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.workflow.inbox.InboxMapper;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When units move to another prefecture, the review and sign-off of their running forms move with them:
 * the process variables that later steps read, the candidate group of the open tasks, and the inbox rows.
 * A task already claimed by someone of the old prefecture goes back to the new group, because that person
 * can no longer see the form.
 */
@Component
public class ReviewRerouting {

    private final FormMapper forms;
    private final WorkflowGroups groups;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final InboxMapper inbox;

    public ReviewRerouting(FormMapper forms, WorkflowGroups groups, RuntimeService runtime, TaskService tasks,
                           InboxMapper inbox) {
        this.forms = forms;
        this.groups = groups;
        this.runtime = runtime;
        this.tasks = tasks;
        this.inbox = inbox;
    }

    /** Re-routes the running forms of the units under {@code pathPrefix}; returns how many forms changed. */
    public int rerouteUnder(String pathPrefix) {
        int changed = 0;
        for (FormRecord form : forms.findInProcessUnder(pathPrefix)) {
            if (reroute(form)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean reroute(FormRecord form) {
        WorkflowGroups.ForUnit now = groups.forUnit(form.unitId());
        String businessKey = String.valueOf(form.id());
        boolean changed = false;
        // the main process and the review cycle it calls both carry the groups (camunda:in variables="all")
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            if (!Objects.equals(runtime.getVariable(instance.getId(), "reviewerGroup"), now.reviewers())
                    || !Objects.equals(runtime.getVariable(instance.getId(), "leaderGroup"), now.leaders())) {
                runtime.setVariables(instance.getId(), Map.of("reviewerGroup", now.reviewers(),
                        "leaderGroup", now.leaders()));
                changed = true;
            }
        }
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                String target = target(link, now);
                if (target != null && !target.equals(link.getGroupId())) {
                    tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                    tasks.addCandidateGroup(task.getId(), target);
                    inbox.updateCandidateGroup(task.getId(), target);
                    if (task.getAssignee() != null) {
                        tasks.setAssignee(task.getId(), null);
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The group a prefecture-level candidate link should now point to; null for other links. */
    private static String target(IdentityLink link, WorkflowGroups.ForUnit now) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
            return null;
        }
        if (link.getGroupId().startsWith("reviewer:")) {
            return now.reviewers();
        }
        return link.getGroupId().startsWith("leader:") ? now.leaders() : null;
    }
}
