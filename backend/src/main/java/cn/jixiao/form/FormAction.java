package cn.jixiao.form;

/**
 * What a person did to a form, as its history records it ({@code form_history.action}). The decisions a task
 * accepts are among them; RECALL is the filer taking a submission back, CREATE the first version.
 */
public enum FormAction {
    CREATE("创建"),
    SUBMIT("提交"),
    APPROVE("审核通过"),
    RETURN("退回"),
    SIGN("签发"),
    RECALL("撤回");

    private final String label;

    FormAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
