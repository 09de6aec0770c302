package cn.jixiao.collab;

import cn.jixiao.workflow.WorkflowGroups;
import cn.jixiao.workflow.inbox.InboxTask;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who an open task is waiting for: its assignee once claimed, else everybody in the group it is offered to. */
@Component
class TaskPeople {

    private final WorkflowGroups groups;

    TaskPeople(WorkflowGroups groups) {
        this.groups = groups;
    }

    List<String> waitingOn(InboxTask task) {
        if (task.assignee() != null) {
            return List.of(task.assignee());
        }
        return task.candidateGroup() == null ? List.of() : groups.members(task.candidateGroup());
    }
}
