package cn.jixiao.audit;

/** What the audit log records ({@code audit_log.action}), with the name the audit screen shows. */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_CHANGE_FAILED("修改密码失败"),
    MFA_FAILED("验证码错误"),
    MFA_ENROLLED("启用双因素认证"),
    FORM_CREATE("新建表单"),
    FORM_SAVE("保存表单"),
    FORM_RECALL("撤回表单"),
    FORM_EXPORT("导出表单"),
    FORMS_EXPORT("批量导出表单"),
    TASK_CLAIM("认领任务"),
    TASK_UNCLAIM("退还任务"),
    TASK_COMPLETE("办理任务"),
    TASK_URGE("催办"),
    TASK_TRANSFER("转办"),
    FORM_CC("抄送"),
    COMMENT_REPLY("回复批注"),
    COMMENT_RESOLVE("解决批注"),
    INDICATOR_LIBRARY_CHANGE("维护指标库"),
    ADMIN_ORG_CREATE("新增机构"),
    ADMIN_ORG_UPDATE("修改机构"),
    ADMIN_USER_CREATE("新增用户"),
    ADMIN_USER_UPDATE("修改用户"),
    ADMIN_USER_UNLOCK("解除锁定"),
    ADMIN_PASSWORD_RESET("重置密码"),
    ADMIN_MFA_RESET("重置双因素认证"),
    ADMIN_SETTING_CHANGE("修改参数"),
    ADMIN_DEADLINES_APPLIED("调整在办表单期限"),
    ADMIN_CALENDAR_CHANGE("修改工作日历"),
    ADMIN_UNIT_FUNDS("修改单位险种"),
    CAMPAIGN_ISSUE("下达填报任务"),
    CAMPAIGN_CLOSE("关闭填报任务"),
    CAMPAIGN_URGE("催办填报任务"),
    CAMPAIGN_START("开始填报任务"),
    ATTACHMENT_UPLOAD("上传附件"),
    ATTACHMENT_DELETE("删除附件"),
    RECTIFICATION_REQUIRE("要求整改"),
    RECTIFICATION_REPORT("填写整改情况"),
    RESULT_APPLICATION("记录结果应用"),
    RESULTS_EXPORT("导出结果应用"),
    CONSISTENCY_CHECK("一致性检查"),
    AUDIT_RETENTION("清理过期审计记录");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored action code; a code this version does not know (an older row's) as itself. */
    public static String labelOf(String code) {
        for (AuditAction a : values()) {
            if (a.name().equals(code)) {
                return a.label;
            }
        }
        return code;
    }
}
