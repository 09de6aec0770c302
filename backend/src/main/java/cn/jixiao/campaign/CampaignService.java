package cn.jixiao.campaign;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.campaign.CampaignMapper.CampaignRow;
import cn.jixiao.campaign.CampaignMapper.PendingItem;
import cn.jixiao.document.FormType;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and closing campaigns, within the caller's scope: a unit's users see their unit's items only. */
@Service
public class CampaignService {

    /** A campaign in the list, with how many of its items in the caller's scope have not been started. */
    public record Summary(long id, String type, int year, Integer monitorMonth, LocalDate due, String status,
                          String title, String scopeName, int items, int notStarted, int overdue) {
    }

    /** A 待填报 item of the filer's unit. */
    public record Pending(long campaignId, String title, String type, int year, Integer monitorMonth, LocalDate due,
                          long daysLeft, long unitId, String unit, String fund) {
    }

    /** An item of an open campaign nobody has started: a 未报 cell of the dashboard. */
    public record NotStarted(long campaignId, long unitId, String unit, String fund, String type, Integer monitorMonth,
                             LocalDate due, boolean overdue) {
    }

    private final CampaignMapper campaigns;
    private final AuditLog audit;
    private final Clock clock;

    public CampaignService(CampaignMapper campaigns, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Summary> list(CurrentUser user, Integer year, String type, String status) {
        String formType = type == null || type.isBlank() ? null : CampaignIssuing.formType(type).name();
        String state = status == null || status.isBlank() ? null : status(status);
        return campaigns.findVisible(user.scope().pathPrefix(), year, formType, state).stream().map(c -> {
            CampaignView v = view(user, c);
            return new Summary(c.id(), c.formType(), c.formYear(), c.monitorMonth(), c.dueDate(), c.status(),
                    c.title(), c.scopeName(), v.items().size(), v.counts().get(CampaignView.NOT_STARTED), v.overdue());
        }).toList();
    }

    public CampaignView view(CurrentUser user, long id) {
        CampaignRow c = campaigns.findById(id);
        CampaignView view = c == null ? null : view(user, c);
        if (view == null || view.items().isEmpty()) {
            throw notFound(id);
        }
        return view;
    }

    /** The campaign if the caller may see it (it addresses a unit in their scope); 404 otherwise. */
    CampaignRow visible(CurrentUser user, long id) {
        CampaignRow c = campaigns.findById(id);
        if (c == null || campaigns.countItems(id, user.scope().pathPrefix()) == 0) {
            throw notFound(id);
        }
        return c;
    }

    private CampaignView view(CurrentUser user, CampaignRow c) {
        LocalDate today = LocalDate.now(clock);
        // in tree order, each unit's funds in the order they were issued (Fund order)
        List<CampaignView.Item> items = campaigns.findItems(c.id(), user.scope().pathPrefix()).stream()
                .map(row -> CampaignView.Item.of(row, c.dueDate(), today))
                .toList();
        return CampaignView.of(c, items, manages(user, c));
    }

    /** The system administrator, or a reviewer of the prefecture that issued it. */
    static boolean manages(CurrentUser user, CampaignRow c) {
        return user.hasRole(Role.SYSTEM_ADMIN)
                || user.hasRole(Role.PREFECTURE_REVIEWER) && user.prefectureId() == c.scopeOrgId();
    }

    @Transactional
    public CampaignView close(CurrentUser user, long id) {
        CampaignRow c = visible(user, id);
        if (!manages(user, c)) {
            throw ApiException.forbidden("只有下达任务的地区审核人员或系统管理员可以关闭填报任务");
        }
        if (campaigns.close(id, user.username()) == 0) {
            throw ApiException.conflict("填报任务《" + c.title() + "》已关闭");
        }
        audit.record(user.username(), AuditAction.CAMPAIGN_CLOSE, null, "关闭填报任务《" + c.title() + "》");
        return view(user, id);
    }

    /** The filer's 待填报: items of open campaigns of their unit not yet started, soonest due first. */
    public List<Pending> pending(CurrentUser user) {
        if (!user.hasRole(Role.FILER)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return campaigns.findPending(user.scope().pathPrefix()).stream()
                .map(p -> pending(p, today))
                .toList();
    }

    /** The 未报 items of open campaigns of the period under the org path. */
    public List<NotStarted> notStarted(String scopePath, int year, String type, Integer monitorMonth) {
        LocalDate today = LocalDate.now(clock);
        return campaigns.findNotStarted(scopePath, year, type, monitorMonth).stream()
                .map(p -> new NotStarted(p.campaignId(), p.unitId(), p.unit(), p.fund(), p.formType(),
                        p.monitorMonth(), p.dueDate(), today.isAfter(p.dueDate())))
                .toList();
    }

    private static Pending pending(PendingItem p, LocalDate today) {
        return new Pending(p.campaignId(), p.title(), p.formType(), p.formYear(), p.monitorMonth(), p.dueDate(),
                ChronoUnit.DAYS.between(today, p.dueDate()), p.unitId(), p.unit(), p.fund());
    }

    private static String status(String status) {
        return switch (status.strip()) {
            case "OPEN", "CLOSED" -> status.strip();
            default -> throw ApiException.badRequest("参数 status 只能为 OPEN 或 CLOSED");
        };
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("填报任务 " + id + " 不存在");
    }

    /** 2020年9月 绩效监控情况表, 2021年 绩效目标表. */
    static String periodText(FormType type, int year, Integer monitorMonth) {
        return year + "年" + (type == FormType.MONITORING ? monitorMonth + "月" : "") + " " + type.label();
    }
}
