package cn.jixiao.export;

import cn.jixiao.document.FormDocument;

import java.util.Objects;

/** One form of a bulk export: the document and its metadata ({@link ExportMeta#none()} when {@code null}). */
public record ExportItem(FormDocument form, ExportMeta meta) {

    public ExportItem {
        Objects.requireNonNull(form, "form");
        meta = meta == null ? ExportMeta.none() : meta;
    }
}
