package cn.jixiao.form;

/**
 * Published inside the transaction that stored a new form. The workflow starts the form's process on it,
 * synchronously and in the same transaction, so a form never exists without its process.
 */
public record FormCreated(long formId) {
}
