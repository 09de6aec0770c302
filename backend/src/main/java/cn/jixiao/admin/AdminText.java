package cn.jixiao.admin;

import cn.jixiao.web.ApiException;

/** Small input helpers: trimmed text with a length limit, errors naming the field. */
final class AdminText {

    private AdminText() {
    }

    static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw ApiException.badRequest(field + "不能为空");
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ApiException.badRequest(field + "不能超过 " + max + " 个字符");
        }
        return v;
    }

    static String clip(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }
}
