package cn.jixiao.form;

import cn.jixiao.document.FormDocument;

/**
 * Body of {@code PUT /api/forms/{id}}: the version the filer edited (optimistic lock), the whole document, and
 * whether this is the editor's autosave ({@code true}: the working copy is overwritten, no version is kept for it;
 * absent or {@code false}: an explicit save, kept as a version the history can go back to).
 * Read with the exchange format's strict mapper (FormBodies): unknown keys, a version that is not an integer and
 * every fault of the document are a 400 naming the field.
 */
public record FormUpdate(Integer version, FormDocument form, Boolean autosave) {

    boolean isAutosave() {
        return Boolean.TRUE.equals(autosave);
    }
}
