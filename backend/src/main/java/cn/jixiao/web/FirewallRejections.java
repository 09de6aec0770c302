package cn.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses URLs with NUL bytes, path parameters ({@code ;jsessionid=}), encoded slashes
 * or dots and the like; picked up by Spring Security as its RequestRejectedHandler, this answers them with a JSON
 * 400 like every other bad request (its default sends a bare 400 whose error page the firewall refuses again).
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private final JsonErrorWriter errors;

    FirewallRejections(JsonErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        errors.write(response, HttpServletResponse.SC_BAD_REQUEST, new ApiError("BAD_REQUEST",
                "请求地址或参数含有不允许的字符（如 %00、;jsessionid=、编码的 / 或 ..）"));
    }
}
