package cn.jixiao.ops;

import cn.jixiao.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/admin/consistency: SYSTEM_ADMIN only (SecurityConfig, AdminEndpoints). */
@RestController
public class ConsistencyController {

    private final ConsistencyCheck check;

    public ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping("/api/admin/consistency")
    public ConsistencyReport consistency(@AuthenticationPrincipal CurrentUser me) {
        return check.run(me.username());
    }
}
