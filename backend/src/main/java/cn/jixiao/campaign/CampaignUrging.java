package cn.jixiao.campaign;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.campaign.CampaignMapper.CampaignRow;
import cn.jixiao.campaign.CampaignView.Item;
import cn.jixiao.document.Fund;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.security.UserMapper;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: notifies the filers and unit heads of the units whose items are not yet past unit review, at most once per
 * unit within the setting {@code urge.intervalHours}; audited. Urges of one campaign run one at a time (its row
 * lock), so of two reviewers urging the same units at once one notifies them and the other gets a 409.
 */
@Service
public class CampaignUrging {

    /** POST /api/campaigns/{id}/urge body: the units to urge; none = every unit behind. */
    public record UrgeRequest(List<Long> unitIds) {
    }

    public record Urged(long unitId, String unit, int items) {
    }

    public record Skipped(long unitId, String unit, LocalDateTime urgedAt) {
    }

    public record Result(int notified, List<Urged> units, List<Skipped> skipped) {
    }

    private final CampaignMapper campaigns;
    private final CampaignService service;
    private final UserMapper users;
    private final NotificationMapper notifications;
    private final SettingsService settings;
    private final AuditLog audit;
    private final Clock clock;

    public CampaignUrging(CampaignMapper campaigns, CampaignService service, UserMapper users,
                          NotificationMapper notifications, SettingsService settings, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.service = service;
        this.users = users;
        this.notifications = notifications;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result urge(CurrentUser user, long campaignId, UrgeRequest body) {
        CampaignRow c = service.visible(user, campaignId);
        if (!user.hasRole(Role.PREFECTURE_REVIEWER) && !user.hasRole(Role.PREFECTURE_LEADER)
                && !user.hasRole(Role.SYSTEM_ADMIN)) {
            throw ApiException.forbidden("只有地区审核、地区领导或系统管理员可以催办");
        }
        if (!"OPEN".equals(campaigns.lockStatus(campaignId))) {
            throw ApiException.conflict("填报任务《" + c.title() + "》已关闭，不能催办");
        }
        Map<Long, List<Item>> byUnit = new LinkedHashMap<>();
        service.view(user, campaignId).items().forEach(i -> byUnit.computeIfAbsent(i.unitId(), k -> new ArrayList<>()).add(i));
        Set<Long> asked = asked(body, byUnit);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime since = now.minusHours(settings.deadlinesForPrefecture(c.scopeOrgId()).urgeIntervalHours());
        List<Urged> urged = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int notified = 0;
        for (Map.Entry<Long, List<Item>> unit : byUnit.entrySet()) {
            List<Item> behind = unit.getValue().stream().filter(Item::outstanding).toList();
            if (behind.isEmpty() || asked != null && !asked.contains(unit.getKey())) {
                continue;
            }
            String name = behind.get(0).unit();
            LocalDateTime last = unit.getValue().stream().map(Item::urgedAt).filter(Objects::nonNull)
                    .max(LocalDateTime::compareTo).orElse(null);
            if (last != null && last.isAfter(since)) {
                skipped.add(new Skipped(unit.getKey(), name, last));
                continue;
            }
            notified += notify(c, unit.getKey(), behind);
            campaigns.markUrged(campaigns.itemIds(campaignId, unit.getKey()), now);
            urged.add(new Urged(unit.getKey(), name, behind.size()));
        }
        if (urged.isEmpty() && !skipped.isEmpty()) {
            throw ApiException.conflict(skipped.stream().map(Skipped::unit).collect(Collectors.joining("、"))
                    + " 在 " + settings.deadlinesForPrefecture(c.scopeOrgId()).urgeIntervalHours()
                    + " 小时内已催办过，请稍后再催");
        }
        if (!urged.isEmpty()) {
            audit.record(user.username(), AuditAction.CAMPAIGN_URGE, null, clip("催办《" + c.title() + "》："
                    + urged.stream().map(u -> u.unit() + "（" + u.items() + " 项）").collect(Collectors.joining("、"))
                    + (skipped.isEmpty() ? "" : "；未重复催办："
                    + skipped.stream().map(Skipped::unit).collect(Collectors.joining("、")))));
        }
        return new Result(notified, urged, skipped);
    }

    private static Set<Long> asked(UrgeRequest body, Map<Long, List<Item>> byUnit) {
        if (body == null || body.unitIds() == null || body.unitIds().isEmpty()) {
            return null;
        }
        Set<Long> asked = new LinkedHashSet<>();
        for (Long id : body.unitIds()) {
            if (id == null) {
                throw ApiException.badRequest("字段 unitIds 含空值");
            }
            if (!byUnit.containsKey(id)) {
                throw ApiException.notFound("单位 " + id + " 不在本填报任务中");
            }
            asked.add(id);
        }
        return asked;
    }

    /** The unit's filers and heads get one notice naming what is behind; returns how many were notified. */
    private int notify(CampaignRow c, long unitId, List<Item> behind) {
        List<String> who = new ArrayList<>(users.findUsernames(unitId, Role.FILER));
        users.findUsernames(unitId, Role.UNIT_HEAD).stream().filter(u -> !who.contains(u)).forEach(who::add);
        if (who.isEmpty()) {
            return 0;
        }
        LocalDate due = c.dueDate();
        String funds = behind.stream().map(i -> Fund.valueOf(i.fund()).label()).collect(Collectors.joining("、"));
        notifications.insert(who, behind.size() == 1 ? behind.get(0).formId() : null, "CAMPAIGN_URGE",
                "【催办】《" + c.title() + "》请于 " + due.getYear() + "年" + due.getMonthValue() + "月"
                        + due.getDayOfMonth() + "日前完成：" + funds);
        return who.size();
    }

    private static String clip(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }
}
