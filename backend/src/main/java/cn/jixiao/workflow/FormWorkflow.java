package cn.jixiao.workflow;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormCreated;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormStatus;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxProjection;
import cn.jixiao.workflow.inbox.InboxTask;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves forms through their process: start, claim, complete with a decision, recall. The form rows
 * and the engine share one transaction, so a failure anywhere leaves neither half changed.
 */
@Service
public class FormWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormMapper forms;
    private final InboxMapper inbox;
    private final InboxProjection projection;
    private final WorkflowGroups groups;
    private final DeadlineCalendar deadlines;
    private final FormSteps steps;
    private final AuditLog audit;
    private final SeparationOfDuties separation;
    private final ApplicationEventPublisher events;
    private final SettingsService settings;
    private final ReturnRoutes routes;

    public FormWorkflow(RuntimeService runtime, TaskService tasks, FormMapper forms, InboxMapper inbox,
                        InboxProjection projection, WorkflowGroups groups, DeadlineCalendar deadlines, FormSteps steps,
                        AuditLog audit, SeparationOfDuties separation, ApplicationEventPublisher events,
                        SettingsService settings, ReturnRoutes routes) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.inbox = inbox;
        this.projection = projection;
        this.groups = groups;
        this.deadlines = deadlines;
        this.steps = steps;
        this.audit = audit;
        this.separation = separation;
        this.events = events;
        this.settings = settings;
        this.routes = routes;
    }

    public static String processKey(String formType) {
        return "performance-" + formType.toLowerCase();
    }

    /** Every new form gets its process at once; the filer gets the `draft` task. Joins the creating transaction. */
    @EventListener
    public void start(FormCreated created) {
        FormRecord form = forms.findById(created.formId());
        WorkflowGroups.ForUnit g = groups.forUnit(form.unitId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("formId", form.id());
        variables.put("formType", form.formType());
        variables.put("filer", form.filer());
        variables.put("unitHeadGroup", g.unitHeads());
        variables.put("reviewerGroup", g.reviewers());
        variables.put("leaderGroup", g.leaders());
        variables.put("dueDate", deadlines.endOf(form.dueDate()));
        variables.put("reminderDate", deadlines.endOf(deadlines.reminderDate(form.unitId(), form.dueDate())));
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey(form.formType()),
                String.valueOf(form.id()), variables);
        forms.setProcessInstance(form.id(), instance.getId());
    }

    @Transactional
    public void claim(CurrentUser user, String taskId) {
        InboxTask task = openTaskFor(user, taskId);
        if (task.candidateGroup() == null || !groups.of(user).contains(task.candidateGroup())) {
            throw ApiException.forbidden("该任务不在您的待办范围内");
        }
        if (task.assignee() != null) {
            throw alreadyTaken(task, user);
        }
        separation.check(user, task);
        try {
            tasks.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw ApiException.conflict("该任务已被他人领取");
        }
        audit.record(user.username(), AuditAction.TASK_CLAIM, task.formId(), "认领“" + TaskKey.of(task.taskKey()).label() + "”");
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        InboxTask task = openTaskFor(user, taskId);
        if (!user.username().equals(task.assignee()) || task.candidateGroup() == null) {
            throw ApiException.conflict("只能退回自己领取的组任务");
        }
        tasks.setAssignee(taskId, null);
        audit.record(user.username(), AuditAction.TASK_UNCLAIM, task.formId(), "退还“" + TaskKey.of(task.taskKey()).label() + "”");
    }

    /** What POST /api/tasks/{id}/complete answers. */
    public record Completed(long formId, FormStatus status) {
    }

    /**
     * Completes a task with a decision; 422 when the findings block it (the delegates' StepRejected), 409 when
     * someone else was first.
     * Call it through {@link StepRetry#onContention}: a timer firing at the same moment rolls it back whole.
     */
    @Transactional
    public Completed complete(CurrentUser user, String taskId, StepRequest request) {
        InboxTask task = openTaskFor(user, taskId);
        if (inbox.lockOpen(taskId) != null) {
            task = inbox.find(taskId); // a claim or a 转办 that committed while this request waited counts
        }
        boolean mine = user.username().equals(task.assignee());
        boolean offeredToMe = task.assignee() == null && task.candidateGroup() != null
                && groups.of(user).contains(task.candidateGroup());
        if (!mine && !offeredToMe) {
            if (task.candidateGroup() != null && groups.of(user).contains(task.candidateGroup())) {
                throw alreadyTaken(task, user);
            }
            throw ApiException.forbidden("该任务不是您的待办");
        }
        separation.check(user, task);
        checkRequest(task.taskKey(), request);
        TaskKey key = TaskKey.of(task.taskKey());
        if (!key.returnTargets().isEmpty() && FormAction.RETURN.name().equals(request.decision())) {
            routes.checkSupported(taskId, key.returnTarget(request.returnTo()));
        }
        if (!projection.finish(taskId, user.username())) {
            throw ApiException.conflict("该任务已被处理");
        }
        VariableMap variables = Variables.createVariables()
                .putValue("decision", request.decision())
                .putValueTyped(StepContext.VARIABLE, new StepContext(user, task.taskKey(), request).asVariable());
        if (!key.returnTargets().isEmpty()) {
            // always the step's own value, so nothing an earlier step left is taken for it
            variables.putValue("returnTo", key.returnTarget(request.returnTo()).name());
        }
        if (key == TaskKey.CORRECT) {
            // the setting as it is now; transient, so an earlier correction's value is never taken for this one
            variables.putValueTyped("correctionViaUnitHead", Variables.booleanValue(
                    settings.reviewForUnit(forms.findById(task.formId()).unitId()).correctionViaUnitHead(), true));
        }
        try {
            if (offeredToMe) {
                tasks.setAssignee(taskId, user.username());
            }
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException | ConcurrencyFailureException e) {
            // another person would have lost at the inbox row lock above: this was a timer job on the same process
            throw new EngineContention(e);
        }
        if (request.rectification() != null) {
            events.publishEvent(new RectificationRequired(user, task.formId(), task.taskKey(), request.rectification()));
        }
        audit.record(user.username(), AuditAction.TASK_COMPLETE, task.formId(), decided(task.taskKey(), request.decision()));
        return new Completed(task.formId(), forms.findById(task.formId()).status());
    }

    /** The filer takes a submitted form back while the next step has not touched it. */
    @Transactional
    public FormStatus recall(CurrentUser user, long formId) {
        FormRecord form = forms.findVisible(formId, user.scope().pathPrefix());
        if (form == null) {
            throw ApiException.notFound("表单 " + formId + " 不存在");
        }
        if (!form.filer().equals(user.username())) {
            throw ApiException.forbidden("只有该表的填报人可以撤回");
        }
        forms.lockById(formId); // recalls of one form one after another: the second finds it recalled (409)
        InboxTask open = inbox.findOpenByForm(formId);
        if (open == null || !TaskKey.of(open.taskKey()).recallable() || open.assignee() != null
                || !steps.lastActionWasSubmitBy(formId, user.username())) {
            throw ApiException.conflict("表单已进入下一环节处理，不能撤回");
        }
        StepContext step = new StepContext(user, open.taskKey(), new StepRequest(FormAction.RECALL.name(), null, null, null, null));
        try {
            runtime.createMessageCorrelation("recall")
                    .processInstanceBusinessKey(String.valueOf(formId))
                    .setVariable(StepContext.VARIABLE, step.asVariable())
                    .correlateWithResult();
        } catch (OptimisticLockingException | ConcurrencyFailureException e) {
            throw ApiException.conflict("表单正在被处理，不能撤回");
        }
        audit.record(user.username(), AuditAction.FORM_RECALL, formId, "从“" + TaskKey.of(open.taskKey()).label() + "”撤回");
        return forms.findById(formId).status();
    }

    /** "“领导签发”：签发" — the audit log is read by people, not by the codes of the model. */
    private static String decided(String taskKey, String decision) {
        TaskKey task = TaskKey.of(taskKey);
        return "“" + task.label() + "”：" + task.decision(decision).map(task::decisionLabel).orElse(decision);
    }

    /** The open task if the caller may see it: 404 outside the scope, 409 when it is finished already. */
    private InboxTask openTaskFor(CurrentUser user, String taskId) {
        InboxTask task = inbox.find(taskId);
        InboxTask seen = task != null ? task : inbox.findDone(taskId);
        if (seen == null || !user.scope().covers(seen.orgPath())) {
            throw ApiException.notFound("任务不存在");
        }
        if (task == null) {
            throw ApiException.conflict("该任务已被处理");
        }
        return task;
    }

    /** {@code returnTo} only with a RETURN, and only a target the step offers (REVIEWER at sign-off only). */
    private static void checkReturnTo(TaskKey task, FormAction decision, String returnTo) {
        if (ReturnTarget.find(returnTo).isEmpty()) {
            throw ApiException.badRequest("字段 returnTo 只能为 " + String.join(" 或 ",
                    Arrays.stream(ReturnTarget.values()).map(Enum::name).toList()));
        }
        if (decision != FormAction.RETURN || task.returnTargets().isEmpty()) {
            throw ApiException.badRequest("字段 returnTo 只能随地区审核或领导签发的退回（RETURN）提出");
        }
        if (!task.returnTargets().contains(ReturnTarget.find(returnTo).get())) {
            throw ApiException.badRequest("字段 returnTo 无效：环节“" + task.label() + "”退回可选 "
                    + String.join(" / ", task.returnTargets().stream()
                            .map(t -> t.name() + "（" + t.label() + "）").toList()));
        }
    }

    private static ApiException alreadyTaken(InboxTask task, CurrentUser user) {
        return ApiException.conflict("该任务已被 " + task.assignee() + " 领取");
    }

    private static void checkRequest(String taskKey, StepRequest request) {
        if (request == null || request.decision() == null) {
            throw ApiException.badRequest("缺少字段 decision");
        }
        TaskKey task = TaskKey.of(taskKey);
        FormAction decision = task.decision(request.decision()).orElseThrow(() -> ApiException.badRequest(
                "字段 decision 无效：环节“" + task.label() + "”可选 "
                        + String.join(" / ", task.decisions().stream().map(Enum::name).sorted().toList())));
        if (decision == FormAction.RETURN && (request.comment() == null || request.comment().isBlank())) {
            throw ApiException.badRequest("退回时必须填写意见（字段 comment）");
        }
        if (request.rectification() != null && !task.mayRequireRectification(decision)) {
            throw ApiException.badRequest("字段 rectification 只能随地区审核通过（APPROVE）或领导签发（SIGN）提出");
        }
        if (request.returnTo() != null) {
            checkReturnTo(task, decision, request.returnTo());
        }
        for (StepRequest.FieldComment c : request.fieldCommentsOrEmpty()) {
            if (c == null || c.path() == null || c.path().isBlank() || c.comment() == null || c.comment().isBlank()) {
                throw ApiException.badRequest("字段 fieldComments 的每一项都需要 path 和 comment");
            }
        }
        StepRequestLimits.check(request);
    }

}
