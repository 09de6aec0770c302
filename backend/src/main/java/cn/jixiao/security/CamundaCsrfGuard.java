package cn.jixiao.security;

import cn.jixiao.web.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the Camunda web apps' CSRF token before Camunda does: Camunda answers a missing or wrong token by
 * invalidating the session — which is the administrator's jixiao session too, so any page could log them out
 * with one forged POST. Here the request is refused (403) and the session stays.
 */
class CamundaCsrfGuard extends OncePerRequestFilter {

    private final JsonSecurityErrors errors;

    CamundaCsrfGuard(JsonSecurityErrors errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        if (!(expected instanceof String token) || sent == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    new ApiError("CSRF", "流程引擎控制台的安全令牌缺失或已失效，请刷新页面后重试"));
            return;
        }
        chain.doFilter(request, response);
    }
}
