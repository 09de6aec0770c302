package cn.jixiao.ops;

import cn.jixiao.audit.AuditAction;
import static cn.jixiao.form.FormStatus.DRAFT;
import static cn.jixiao.form.FormStatus.PREFECTURE_REVIEW;
import static cn.jixiao.form.FormStatus.RETURNED;
import static cn.jixiao.form.FormStatus.SIGNED;
import static cn.jixiao.form.FormStatus.SIGN_OFF;
import static cn.jixiao.form.FormStatus.UNIT_REVIEW;

import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormStatus;
import cn.jixiao.document.FormType;
import cn.jixiao.ops.ConsistencyMapper.AttachmentRow;
import cn.jixiao.ops.ConsistencyMapper.DuplicateRow;
import cn.jixiao.ops.ConsistencyMapper.FormRow;
import cn.jixiao.ops.ConsistencyMapper.InstanceRow;
import cn.jixiao.ops.ConsistencyMapper.RectificationRow;
import cn.jixiao.ops.ConsistencyMapper.StatusRow;
import cn.jixiao.ops.ConsistencyMapper.TaskRow;
import cn.jixiao.ops.ConsistencyReport.Check;
import cn.jixiao.ops.ConsistencyReport.Problem;
import cn.jixiao.rectification.RectificationService;
import cn.jixiao.workflow.FormWorkflow;
import cn.jixiao.workflow.TaskKey;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Compares the forms, the inbox projection and the engine's running instances and tasks, which are
 * written in one transaction and so should always agree; finds what a bug, a manual repair in the
 * database or a restored backup left behind. Read-only apart from the audit entry; a handful of
 * set-based statements whatever the number of forms.
 */
@Service
public class ConsistencyCheck {

    /** Problems listed per check at most: a badly broken database should not answer with a million rows. */
    static final int LIMIT = 200;

    /**
     * Statuses with a running process instance: FormService.create starts it (the filer's draft task),
     * it ends when the form is signed; WITHDRAWN forms have none either.
     */
    static final Set<FormStatus> IN_PROCESS = EnumSet.of(DRAFT, UNIT_REVIEW, PREFECTURE_REVIEW, SIGN_OFF, RETURNED);

    /** Statuses reached only through the submission checks, whose DUPLICATE_FORM rule allows one such form. */
    static final Set<FormStatus> SUBMITTED = EnumSet.of(UNIT_REVIEW, PREFECTURE_REVIEW, SIGN_OFF, RETURNED, SIGNED);

    private static final List<String> PROCESS_KEYS = Arrays.stream(FormType.values())
            .map(t -> FormWorkflow.processKey(t.name())).toList();

    private final ConsistencyMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    public ConsistencyCheck(ConsistencyMapper mapper, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs every check; the run is audited under {@code username}. */
    public ConsistencyReport run(String username) {
        Findings found = new Findings();
        formsWithoutProcess(found);
        processesWithoutLiveForm(found);
        processesSharingAForm(found);
        inboxAgainstEngineTasks(found);
        statusesAgainstOpenTasks(found);
        duplicates(found);
        rectificationsAgainstProcesses(found);
        attachments(found);
        ConsistencyReport report = found.report(OffsetDateTime.now(clock));
        audit.record(username, AuditAction.CONSISTENCY_CHECK, null, summary(report));
        return report;
    }

    private void formsWithoutProcess(Findings found) {
        for (FormRow f : found.capped(limit -> mapper.formsWithoutProcess(names(IN_PROCESS), PROCESS_KEYS, limit))) {
            found.add(ProblemKind.FORM_WITHOUT_PROCESS, f.formId(), null, null, "表单 " + f.formId() + "《" + f.project()
                    + "》状态为“" + label(f.status()) + "”，但没有运行中的流程实例，无人能再办理它");
        }
    }

    private void processesWithoutLiveForm(Findings found) {
        for (InstanceRow p : found.capped(limit -> mapper.processesWithoutLiveForm(names(IN_PROCESS), PROCESS_KEYS, limit))) {
            if (p.formId() == null) {
                found.add(ProblemKind.PROCESS_WITHOUT_FORM, formIdOf(p.businessKey()), p.processInstanceId(), null,
                        "流程实例 " + p.processInstanceId() + "（" + p.processKey() + "）的业务键为 " + p.businessKey()
                                + "，但没有这张表单");
            } else {
                found.add(ProblemKind.PROCESS_OF_FINISHED_FORM, p.formId(), p.processInstanceId(), null,
                        "表单 " + p.formId() + " 状态为“" + label(p.formStatus()) + "”，但仍有运行中的流程实例 "
                                + p.processInstanceId() + "（" + p.processKey() + "）");
            }
        }
    }

    private void processesSharingAForm(Findings found) {
        found.capped(limit -> mapper.processesSharingAForm(PROCESS_KEYS, limit)).stream()
                .collect(Collectors.groupingBy(InstanceRow::businessKey, LinkedHashMap::new, Collectors.toList()))
                .forEach((businessKey, instances) -> {
                    if (instances.size() > 1) { // else the rest of its instances lie beyond the limit
                        found.add(ProblemKind.SEVERAL_PROCESSES, formIdOf(businessKey), instances.get(0).processInstanceId(),
                                null, "表单 " + businessKey + " 有 " + instances.size() + " 个运行中的流程实例："
                                        + instances.stream().map(InstanceRow::processInstanceId).collect(Collectors.joining("、")));
                    }
                });
    }

    private void inboxAgainstEngineTasks(Findings found) {
        for (TaskRow t : found.capped(mapper::inboxRowsWithoutTask)) {
            found.add(ProblemKind.INBOX_WITHOUT_TASK, t.formId(), null, t.taskId(), "表单 " + t.formId() + " 的待办“"
                    + t.taskName() + "”（任务 " + t.taskId() + "）在流程引擎中没有对应的任务，办理时会失败");
        }
        for (TaskRow t : found.capped(mapper::tasksWithoutInboxRow)) {
            found.add(ProblemKind.TASK_WITHOUT_INBOX, formIdOf(t.businessKey()), t.processInstanceId(), t.taskId(),
                    "表单 " + t.businessKey() + " 的流程任务“" + t.taskName() + "”（任务 " + t.taskId()
                            + "）没有待办记录，办理人在待办中看不到它");
        }
    }

    private void statusesAgainstOpenTasks(Findings found) {
        for (StatusRow s : found.capped(limit -> mapper.statusesNotMatchingTheTask(statusByTaskKey(), limit))) {
            found.add(ProblemKind.STATUS_NOT_MATCHING_TASK, s.formId(), null, s.taskId(), "表单 " + s.formId()
                    + " 状态为“" + label(s.status()) + "”，但当前待办环节是“" + s.taskName() + "”（应为“"
                    + TaskKey.of(s.taskKey()).status().label() + "”）");
        }
    }

    /** One problem per group of duplicates, on its newest form: the one the submission check should have stopped. */
    private void duplicates(Findings found) {
        for (DuplicateRow g : found.capped(limit -> mapper.duplicateForms(names(SUBMITTED), limit))) {
            String period = g.formYear() + " 年" + (g.monitorMonth() == null ? "" : g.monitorMonth() + " 月");
            String ids = g.forms() == 2 ? g.firstFormId() + "、" + g.lastFormId()
                    : "编号 " + g.firstFormId() + " 至 " + g.lastFormId() + " 之间";
            found.add(ProblemKind.DUPLICATE_FORMS, g.lastFormId(), null, null, "《" + g.project() + "》" + period + "的"
                    + FormType.valueOf(g.formType()).label() + "有 " + g.forms() + " 张已提交的表单：" + ids
                    + "，同一单位只应有一张");
        }
    }

    /** A rectification not yet accepted has its running instance, and every running instance such a rectification. */
    private void rectificationsAgainstProcesses(Findings found) {
        for (RectificationRow r : found.capped(mapper::rectificationsWithoutProcess)) {
            found.add(ProblemKind.RECTIFICATION_WITHOUT_PROCESS, r.formId(), r.processInstanceId(), null, "表单 "
                    + r.formId() + " 的整改 " + r.rectificationId() + " 尚未验收，但其流程实例 " + r.processInstanceId()
                    + " 未在运行，无人能再办理它");
        }
        for (InstanceRow p : found.capped(limit -> mapper.rectificationProcessesWithoutRectification(
                RectificationService.PROCESS_KEY, limit))) {
            found.add(ProblemKind.PROCESS_WITHOUT_RECTIFICATION, formIdOf(p.businessKey()), p.processInstanceId(), null,
                    "整改流程实例 " + p.processInstanceId() + "（表单 " + p.businessKey() + "）没有对应的未验收整改");
        }
    }

    private void attachments(Findings found) {
        for (AttachmentRow a : found.capped(mapper::attachmentsWithMissingContent)) {
            found.add(ProblemKind.ATTACHMENT_CONTENT_MISSING, a.formId(), null, null, "表单 " + a.formId() + " 的附件 "
                    + a.attachmentId() + "“" + a.name() + "”应有 " + a.chunkCount() + " 段内容，只找到 " + a.chunksFound()
                    + " 段，下载会不完整");
        }
        for (AttachmentRow a : found.capped(mapper::attachmentsAddedAfterSigning)) {
            found.add(ProblemKind.ATTACHMENT_ADDED_AFTER_SIGNING, a.formId(), null, null, "表单 " + a.formId()
                    + " 已签发，其附件 " + a.attachmentId() + "“" + a.name() + "”却是签发之后存入的，不在签发快照中");
        }
    }

    private static Map<String, String> statusByTaskKey() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (TaskKey task : TaskKey.values()) { // the open task fixes the form's status (InboxProjection.created)
            if (task.status() != null) { // a rectification's task leaves it as it is
                statuses.put(task.key(), task.status().name());
            }
        }
        return statuses;
    }

    private static String summary(ConsistencyReport report) {
        if (report.consistent()) {
            return "一致";
        }
        return "发现问题：" + report.checks().stream().filter(c -> c.found() > 0)
                .map(c -> c.code() + " " + c.found()).collect(Collectors.joining("，"))
                + (report.truncated() ? "（部分检查只列出前 " + report.limit() + " 个）" : "");
    }

    private static List<String> names(Set<FormStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static String label(String status) {
        return FormStatus.valueOf(status).label();
    }

    /** Business keys of form processes are form ids; anything else names no form. */
    private static Long formIdOf(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The problems of one run, and whether some check had more than {@link #LIMIT}. */
    private static final class Findings {

        private final List<Problem> problems = new ArrayList<>();
        private boolean truncated;

        /** Asks for one row more than the limit to learn whether there are more. */
        <T> List<T> capped(IntFunction<List<T>> query) {
            List<T> rows = query.apply(LIMIT + 1);
            if (rows.size() > LIMIT) {
                truncated = true;
                return rows.subList(0, LIMIT);
            }
            return rows;
        }

        void add(ProblemKind kind, Long formId, String processInstanceId, String taskId, String message) {
            problems.add(new Problem(kind, formId, processInstanceId, taskId, message));
        }

        ConsistencyReport report(OffsetDateTime at) {
            Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
            problems.forEach(p -> counts.merge(p.code(), 1L, Long::sum));
            List<Check> checks = Arrays.stream(ProblemKind.values())
                    .map(k -> new Check(k, k.title(), counts.getOrDefault(k, 0L))).toList();
            return new ConsistencyReport(problems.isEmpty(), at, truncated, LIMIT, checks, List.copyOf(problems));
        }
    }
}
