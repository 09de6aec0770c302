package cn.jixiao.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Where in a request body Jackson stopped, written as the document's paths are ({@code items[2].name}). */
final class JsonPath {

    private JsonPath() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the field should have held, in the reader's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "的值无效";
        }
        if (type == String.class) {
            return "应为文本";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为布尔值（true 或 false）";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "应为整数";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class) {
            return "应为数字";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "应为数组";
        }
        if (type.isEnum()) {
            return "的值无效";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "应为对象" : "的值无效";
    }
}
