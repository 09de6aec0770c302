package cn.jixiao.dashboard;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unit × fund overview for prefecture reviewers, leaders and SYSTEM_ADMIN. */
@RestController
public class DashboardController {

    public record Dashboard(int year, String type, Integer monitorMonth, List<DashboardRow> rows) {
    }

    private final DashboardMapper dashboard;

    public DashboardController(DashboardMapper dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/dashboard")
    public Dashboard get(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) Integer monitorMonth) {
        if (!user.hasRole(Role.PREFECTURE_REVIEWER) && !user.hasRole(Role.PREFECTURE_LEADER) && !user.hasRole(Role.SYSTEM_ADMIN)) {
            throw ApiException.forbidden("总览仅供地区审核、地区领导和管理员使用");
        }
        String formType = type == null || type.isBlank() ? null : type;
        return new Dashboard(year, formType, monitorMonth,
                dashboard.rows(user.scope().pathPrefix(), year, formType, monitorMonth));
    }
}
