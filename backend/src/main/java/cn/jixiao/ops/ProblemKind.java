package cn.jixiao.ops;

/** What the consistency check looks for; the title is what the administrator reads. */
public enum ProblemKind {
    FORM_WITHOUT_PROCESS("流程中的表单没有运行中的流程实例"),
    PROCESS_WITHOUT_FORM("运行中的流程实例找不到对应的表单"),
    PROCESS_OF_FINISHED_FORM("已签发或已撤销的表单仍有运行中的流程实例"),
    SEVERAL_PROCESSES("同一张表单有多个运行中的流程实例"),
    INBOX_WITHOUT_TASK("待办记录在流程引擎中没有对应的任务"),
    TASK_WITHOUT_INBOX("流程任务没有对应的待办记录"),
    STATUS_NOT_MATCHING_TASK("表单状态与当前待办环节不符"),
    DUPLICATE_FORMS("同一单位、项目、年度（月份）有多张已提交的同类表单"),
    RECTIFICATION_WITHOUT_PROCESS("未验收的整改没有运行中的流程实例"),
    PROCESS_WITHOUT_RECTIFICATION("运行中的整改流程实例找不到未验收的整改"),
    ATTACHMENT_CONTENT_MISSING("附件内容不完整"),
    ATTACHMENT_ADDED_AFTER_SIGNING("已签发表单在签发后新增了附件");

    private final String title;

    ProblemKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
