package cn.jixiao.form;

import cn.jixiao.document.FormDocument;

/**
 * Body of {@code PUT /api/forms/{id}}: the version the filer edited (optimistic lock) and the whole document.
 * Read with the exchange format's strict mapper (FormBodies): unknown keys, a version that is not an integer and
 * every fault of the document are a 400 naming the field.
 */
public record FormUpdate(Integer version, FormDocument form) {
}
