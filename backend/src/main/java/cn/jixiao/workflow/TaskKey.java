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
            FormAction.SIGN, FormAction.RETURN),
    // the rectification (整改) process: off the form's line, its status stays as it is
    RECTIFY("rectify", "整改填报", -1, null, Role.FILER, false, FormAction.SUBMIT),
    RECTIFY_REVIEW("rectifyReview", "整改单位审核", -1, null, Role.UNIT_HEAD, true, FormAction.APPROVE, FormAction.RETURN),
    RECTIFY_VERIFY("rectifyVerify", "整改地区核验", -1, null, Role.PREFECTURE_REVIEWER, true,
            FormAction.ACCEPT, FormAction.RETURN);

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

    /** Where the task stands on the 填报 → 单位审核上报 → 地区审核 → 领导签发 line (0–3; 已签发 is 4; -1 off it). */
    public int step() {
        return step;
    }

    /** The form's status while this task is open; null for a rectification's task, which leaves it as it is. */
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
        return group && status != null;
    }

    /** A rectification may be required with the prefecture's approval or the leader's signature (api.md v2). */
    public boolean mayRequireRectification(FormAction decision) {
        return this == PREFECTURE_REVIEW && decision == FormAction.APPROVE
                || this == SIGN_OFF && decision == FormAction.SIGN;
    }

    public List<FormAction> decisions() {
        return decisions;
    }

    /** A decision as this task names it: the unit head's approval is 审核上报 (it reports the form upwards). */
    public String decisionLabel(FormAction decision) {
        if (this == UNIT_REVIEW && decision == FormAction.APPROVE) {
            return "审核上报";
        }
        if (this == RECTIFY && decision == FormAction.SUBMIT) {
            return "提交整改情况";
        }
        return this == RECTIFY_VERIFY && decision == FormAction.RETURN ? "退回整改" : decision.label();
    }

    /** The decision named {@code name} if this task accepts it. */
    public Optional<FormAction> decision(String name) {
        return decisions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public static Optional<TaskKey> find(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /**
     * Whom a RETURN of this task may send the form to, its default first (the process's default when no
     * {@code returnTo} is given): the reviewer to the filer or the unit head, the leader also to the reviewer. Empty
     * where a RETURN goes to the filer only.
     */
    public List<ReturnTarget> returnTargets() {
        return switch (this) {
            case PREFECTURE_REVIEW -> List.of(ReturnTarget.FILER, ReturnTarget.UNIT_HEAD);
            case SIGN_OFF -> List.of(ReturnTarget.REVIEWER, ReturnTarget.FILER, ReturnTarget.UNIT_HEAD);
            default -> List.of();
        };
    }

    /** Where a RETURN of this task with {@code returnTo} (a valid name or null) sends the form. */
    public ReturnTarget returnTarget(String returnTo) {
        List<ReturnTarget> targets = returnTargets();
        if (targets.isEmpty()) {
            return ReturnTarget.FILER;
        }
        return ReturnTarget.find(returnTo).filter(targets::contains).orElse(targets.get(0));
    }

    /** The task with this BPMN id; an unknown id is a model the backend does not know. */
    public static TaskKey of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown task " + key));
    }
}
