package cn.jixiao.collab;

import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormMapper;
import cn.jixiao.workflow.StepContext;
import cn.jixiao.workflow.StepRequest;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A RETURN's field comments open one thread each. The task a return leads to is created inside the reviewer's
 * {@code complete} call, while the transient {@link StepContext} still holds the return's request, so the threads are written
 * in that transaction and name the version the reviewer saw.
 */
@Component
class ReturnThreads {

    private final CommentMapper comments;
    private final FormMapper forms;

    ReturnThreads(CommentMapper comments, FormMapper forms) {
        this.comments = comments;
        this.forms = forms;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void returned(DelegateTask task) {
        StepContext.find(task).filter(step -> FormAction.RETURN.name().equals(step.request().decision())).ifPresent(step -> {
            long formId = ((Number) task.getVariable("formId")).longValue();
            int version = forms.findById(formId).version();
            for (StepRequest.FieldComment c : step.request().fieldCommentsOrEmpty()) {
                comments.insertThread(formId, c.path(), step.actor().username(), step.actor().displayName(),
                        c.comment(), step.taskKey(), version);
            }
        });
    }
}
