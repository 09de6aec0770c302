package cn.jixiao.collab;

import cn.jixiao.document.DocumentLimits;
import cn.jixiao.document.FormFormatException;
import cn.jixiao.web.ApiException;

/** The texts people write to each other here (notes, comments, replies): a text of the document's size at most. */
final class CollabText {

    private CollabText() {
    }

    /** The text, trimmed; null when blank. 400 naming the field when it is too long. */
    static String optional(String field, String text) {
        try {
            DocumentLimits.text(field, text, DocumentLimits.TEXT);
        } catch (FormFormatException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(String field, String label, String text) {
        String value = optional(field, text);
        if (value == null) {
            throw ApiException.badRequest("请填写" + label + "（字段 " + field + "）");
        }
        return value;
    }
}
