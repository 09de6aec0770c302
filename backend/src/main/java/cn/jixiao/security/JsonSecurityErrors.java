package cn.jixiao.security;

import cn.jixiao.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 401 and 403 for /api/** as the API's JSON error body, never a redirect to an HTML page. */
@Component
class JsonSecurityErrors {

    private final ObjectMapper json;

    JsonSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_UNAUTHORIZED,
                new ApiError("UNAUTHENTICATED", "请先登录"));
    }

    AccessDeniedHandler denied() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                e instanceof CsrfException
                        ? new ApiError("CSRF", "安全令牌缺失或已失效，请刷新页面后重试")
                        : new ApiError("FORBIDDEN", "无权执行此操作"));
    }

    void write(HttpServletResponse response, int status, ApiError body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }
}
