package cn.jixiao.collab;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.workflow.FormWorkflow;
import cn.jixiao.workflow.inbox.InboxTask;
import org.springframework.stereotype.Component;

/** Who may see a form, and so chase or discuss it: its scope (the unit, its prefecture). */
@Component
class FormReaders {

    private final FormWorkflow workflow;

    FormReaders(FormWorkflow workflow) {
        this.workflow = workflow;
    }

    /** The open task when the caller may see its form: 404 otherwise, 409 when it is done already. */
    InboxTask openTask(CurrentUser user, String taskId) {
        return workflow.openTaskFor(user, taskId);
    }
}
