package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;

import java.util.Objects;

/** Another form from the database, as the cross-form rules need it. */
public record StoredForm(String id, StoredFormStatus status, FormDocument document) {
    public StoredForm {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
    }
}
