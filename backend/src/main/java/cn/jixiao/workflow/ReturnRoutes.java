package cn.jixiao.workflow;

import cn.jixiao.web.ApiException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Whether the review cycle a task runs in can route a return to its target. Every running cycle is moved onto the
 * newest model at start-up ({@link ReviewCycleMigration}); one that could not be moved still runs on a model without
 * the return to the unit head, whose gateway would silently send such a return to the reviewer.
 */
@Component
class ReturnRoutes {

    /** The return to the unit head's activity in {@code review-cycle.bpmn}. */
    static final String TO_UNIT_HEAD = "Task_ReturnToUnitHead";

    private final TaskService tasks;
    private final RepositoryService repository;

    ReturnRoutes(TaskService tasks, RepositoryService repository) {
        this.tasks = tasks;
        this.repository = repository;
    }

    /** 409 when the task's process cannot send a return to {@code target}. */
    void checkSupported(String taskId, ReturnTarget target) {
        if (target != ReturnTarget.UNIT_HEAD) {
            return;
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(TO_UNIT_HEAD) == null) {
            throw ApiException.conflict("该表单仍按旧版审核流程办理，不能退回单位审核人员（returnTo 可选 FILER 或 REVIEWER）");
        }
    }
}
