package cn.jixiao.validation;

/** ERROR blocks the step it runs at; WARNING must be acknowledged with a note by whoever moves the form on. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
