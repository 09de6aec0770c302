package cn.jixiao.web;

import org.springframework.http.HttpStatus;

/**
 * The error body for a bare status, when no exception says more: the container's own refusals (a malformed
 * request line, a URL it will not decode) and whatever reaches the error page.
 */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static ApiError body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String code = known == null ? "ERROR" : known.name();
        return new ApiError(code, switch (status) {
            case 400 -> "请求无效";
            case 401 -> "请先登录";
            case 403 -> "无权执行此操作";
            case 404 -> "请求的地址不存在";
            case 405 -> "不支持的请求方法";
            case 408 -> "请求超时";
            case 413 -> "请求内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 431 -> "请求头过大";
            case 503 -> "服务暂时不可用，请稍后重试";
            default -> status >= 500 ? "系统内部错误，请稍后再试或联系管理员" : "请求无法处理（HTTP " + status + "）";
        });
    }
}
