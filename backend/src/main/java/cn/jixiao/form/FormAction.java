package cn.jixiao.form;

/**
 * What a person did to a form, as its history records it ({@code form_history.action}). The decisions a task
 * accepts are among them; RECALL is the filer taking a submission back, CREATE the first version; the RECTIFY_
 * actions are the steps of a rectification (整改), recorded in the form's history.
 */
public enum FormAction {
    CREATE("创建"),
    SUBMIT("提交"),
    APPROVE("审核通过"),
    RETURN("退回"),
    SIGN("签发"),
    RECALL("撤回"),
    URGE("催办"),
    TRANSFER("转办"),
    CC("抄送"),
    /** The prefecture's verification of a rectification. */
    ACCEPT("验收通过"),
    RECTIFY_REQUIRE("要求整改"),
    RECTIFY_SUBMIT("提交整改"),
    RECTIFY_APPROVE("整改审核通过"),
    RECTIFY_RETURN("整改退回"),
    RECTIFY_ACCEPT("整改验收");

    private final String label;

    FormAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
