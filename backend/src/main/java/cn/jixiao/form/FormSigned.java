package cn.jixiao.form;

/**
 * Published inside the transaction that signs a form, after its snapshot is stored: what belongs to the form
 * (its attachments) is frozen beside the snapshot in the same transaction.
 */
public record FormSigned(long formId, String signedBy) {
}
