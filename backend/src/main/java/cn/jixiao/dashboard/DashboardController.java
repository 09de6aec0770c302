package cn.jixiao.dashboard;

import cn.jixiao.campaign.CampaignService;
import cn.jixiao.campaign.CampaignView;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unit × fund overview for prefecture reviewers, leaders and SYSTEM_ADMIN. */
@RestController
public class DashboardController {

    /** {@code notStarted}: how many of the rows are campaign items nobody has started (未报). */
    public record Dashboard(int year, String type, Integer monitorMonth, List<DashboardRow> rows, int notStarted) {
    }

    private final DashboardMapper dashboard;
    private final CampaignService campaigns;

    public DashboardController(DashboardMapper dashboard, CampaignService campaigns) {
        this.dashboard = dashboard;
        this.campaigns = campaigns;
    }

    @GetMapping("/api/dashboard")
    public Dashboard get(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) Integer monitorMonth) {
        if (!user.hasRole(Role.PREFECTURE_REVIEWER) && !user.hasRole(Role.PREFECTURE_LEADER) && !user.hasRole(Role.SYSTEM_ADMIN)) {
            throw ApiException.forbidden("总览仅供地区审核、地区领导和管理员使用");
        }
        String formType = type == null || type.isBlank() ? null : type;
        List<DashboardRow> rows = new ArrayList<>(dashboard.rows(user.scope().pathPrefix(), year, formType,
                monitorMonth));
        List<CampaignService.NotStarted> notStarted = campaigns.notStarted(user.scope().pathPrefix(), year, formType,
                monitorMonth);
        notStarted.forEach(n -> rows.add(new DashboardRow(n.unitId(), n.unit(), n.fund(), null, n.type(),
                n.monitorMonth(), CampaignView.NOT_STARTED, null, null, null, null, null, 0, 0, n.overdue(),
                n.campaignId())));
        return new Dashboard(year, formType, monitorMonth, rows, notStarted.size());
    }
}
