package cn.jixiao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The error body of every API failure: {"error": "CODE", "message": "中文说明", "findings": [...]?}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, List<?> findings) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
