package cn.jixiao.workflow;

import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormStatus;
import cn.jixiao.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The user tasks of the BPMN models (their ids are {@link #key()}), in process order: who does them, the
 * decisions they accept, the form's status while they are open, and whether the filer may still recall the
 * form from them (a group task nobody has claimed yet).
 */
public enum TaskKey {
    DRAFT("draft", "填报", 0, FormStatus.DRAFT, Role.FILER, false, FormAction.SUBMIT),
    CORRECT("correct", "退回修改", 0, FormStatus.RETURNED, Role.FILER, false, FormAction.SUBMIT),
    UNIT_REVIEW("unitReview", "单位审核上报", 1, FormStatus.UNIT_REVIEW, Role.UNIT_HEAD, true,
            FormAction.APPROVE, FormAction.RETURN),
    PREFECTURE_REVIEW("prefectureReview", "地区审核", 2, FormStatus.PREFECTURE_REVIEW, Role.PREFECTURE_REVIEWER, true,
            FormAction.APPROVE, FormAction.RETURN),
    SIGN_OFF("signOff", "领导签发", 3, FormStatus.SIGN_OFF, Role.PREFECTURE_LEADER, true,
            FormAction.SIGN, FormAction.RETURN);

    private final String key;
    private final String label;
    private final int step;
    private final FormStatus status;
    private final Role role;
    private final boolean group;
    private final List<FormAction> decisions;

    TaskKey(String key, String label, int step, FormStatus status, Role role, boolean group, FormAction... decisions) {
        this.key = key;
        this.label = label;
        this.step = step;
        this.status = status;
        this.role = role;
        this.group = group;
        this.decisions = List.of(decisions);
    }

    /** The task definition key in the BPMN models and in {@code inbox_task.task_key}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Where the task stands on the 填报 → 单位审核上报 → 地区审核 → 领导签发 line (0–3; 已签发 is 4). */
    public int step() {
        return step;
    }

    /** The form's status while this task is open. */
    public FormStatus status() {
        return status;
    }

    /** The role that does the task. */
    public Role role() {
        return role;
    }

    /** Offered to a candidate group and claimed by one of its members (the filer's tasks are assigned). */
    public boolean group() {
        return group;
    }

    /** The filer may recall a form from this task while nobody has claimed it. */
    public boolean recallable() {
        return group;
    }

    public List<FormAction> decisions() {
        return decisions;
    }

    /** A decision as this task names it: the unit head's approval is 审核上报 (it reports the form upwards). */
    public String decisionLabel(FormAction decision) {
        return this == UNIT_REVIEW && decision == FormAction.APPROVE ? "审核上报" : decision.label();
    }

    /** The decision named {@code name} if this task accepts it. */
    public Optional<FormAction> decision(String name) {
        return decisions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public static Optional<TaskKey> find(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** The task with this BPMN id; an unknown id is a model the backend does not know. */
    public static TaskKey of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown task " + key));
    }
}
