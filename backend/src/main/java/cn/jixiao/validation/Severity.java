package cn.jixiao.validation;

/** ERROR blocks the step it runs at; WARNING must be acknowledged with a note by whoever moves the form on. */
public enum Severity {
    ERROR,
    WARNING
}
