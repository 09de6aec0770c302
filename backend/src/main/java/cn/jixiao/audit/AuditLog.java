package cn.jixiao.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records who did what to which form, and from where; written in the caller's transaction. */
@Service
public class AuditLog {

    private final AuditLogMapper mapper;

    public AuditLog(AuditLogMapper mapper) {
        this.mapper = mapper;
    }

    public void record(String username, AuditAction action, Long formId, String detail) {
        mapper.insert(username, remoteAddress(), action.name(), formId, detail);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null; // timers and other background work
    }
}
