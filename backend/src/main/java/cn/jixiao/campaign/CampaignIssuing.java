package cn.jixiao.campaign;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.campaign.CampaignMapper.ExistingForm;
import cn.jixiao.campaign.CampaignMapper.NewCampaign;
import cn.jixiao.campaign.CampaignMapper.NewItem;
import cn.jixiao.document.Fund;
import cn.jixiao.document.FormType;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.GeneratedId;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.org.UnitFundRegister;
import cn.jixiao.org.UnitFundRegister.UnitFunds;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.DeadlineRedating;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a campaign (下达填报任务): a reviewer for their prefecture, the system administrator for any prefecture or
 * the whole region. Forms already filed for the period are taken on: linked, and re-dated to the campaign's due date.
 */
@Service
public class CampaignIssuing {

    private static final int MAX_TITLE = 200;

    private final CampaignMapper campaigns;
    private final OrgMapper orgs;
    private final UnitFundRegister register;
    private final DeadlineRedating redating;
    private final CampaignService service;
    private final AuditLog audit;

    public CampaignIssuing(CampaignMapper campaigns, OrgMapper orgs, UnitFundRegister register,
                           DeadlineRedating redating, CampaignService service, AuditLog audit) {
        this.campaigns = campaigns;
        this.orgs = orgs;
        this.register = register;
        this.redating = redating;
        this.service = service;
        this.audit = audit;
    }

    @Transactional
    public CampaignView issue(CurrentUser user, CampaignRequest body) {
        if (body == null) {
            throw ApiException.badRequest("缺少请求内容：type、year、due");
        }
        Org scope = scopeOf(user, body.prefectureId());
        FormType type = formType(body.type());
        int year = year(body.year());
        Integer month = type == FormType.MONITORING ? month(body.monitorMonth()) : null;
        LocalDate due = due(body.due());
        String title = body.title() == null || body.title().isBlank()
                ? scope.name() + " " + CampaignService.periodText(type, year, month) + " 填报任务"
                : body.title().strip();
        if (title.length() > MAX_TITLE) {
            throw ApiException.badRequest("字段 title（任务名称）不能超过 " + MAX_TITLE + " 个字符");
        }
        List<NewItem> items = items(scope, body.units());
        if (items.isEmpty()) {
            throw ApiException.badRequest("字段 units：没有可下达的单位和险种（请先在“单位险种”中登记各单位填报的险种）");
        }
        String openKey = scope.id() + "|" + type + "|" + year + "|" + (month == null ? 0 : month);
        CampaignMapper.CampaignRow open = campaigns.findOpen(openKey);
        if (open != null) {
            throw alreadyOpen(open.title());
        }
        GeneratedId id = new GeneratedId();
        try {
            campaigns.insert(new NewCampaign(scope.id(), type.name(), year, month, due, title, openKey,
                    user.username()), id);
        } catch (DuplicateKeyException e) {
            throw alreadyOpen(title); // issued by someone else a moment ago
        }
        long campaignId = id.getValue();
        campaigns.insertItems(campaignId, items);
        int taken = takeOnFiledForms(campaignId);
        audit.record(user.username(), AuditAction.CAMPAIGN_ISSUE, null, "下达填报任务《" + title + "》："
                + items.stream().map(NewItem::unitId).distinct().count() + " 个单位 " + items.size() + " 项，截止 "
                + due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日"
                + (taken > 0 ? "；已有 " + taken + " 张表纳入本任务" : ""));
        return service.view(user, campaignId);
    }

    private static ApiException alreadyOpen(String title) {
        return ApiException.conflict("同一范围、同一期次已有未关闭的填报任务《" + title + "》");
    }

    /** A reviewer's own prefecture; for the system administrator the prefecture named, else the region. */
    private Org scopeOf(CurrentUser user, Long prefectureId) {
        if (user.hasRole(Role.SYSTEM_ADMIN)) {
            Org scope = orgs.findById(prefectureId == null ? user.orgId() : prefectureId);
            if (scope == null) {
                throw ApiException.notFound("地区 " + prefectureId + " 不存在");
            }
            if (scope.level() != OrgLevel.PREFECTURE && scope.level() != OrgLevel.REGION) {
                throw ApiException.badRequest("字段 prefectureId：" + scope.name() + " 不是地区/州或自治区");
            }
            return scope;
        }
        if (!user.hasRole(Role.PREFECTURE_REVIEWER)) {
            throw ApiException.forbidden("只有地区审核人员或系统管理员可以下达填报任务");
        }
        if (prefectureId != null && prefectureId != user.prefectureId()) {
            throw ApiException.notFound("地区 " + prefectureId + " 不存在");
        }
        return orgs.findById(user.prefectureId());
    }

    /** Without a list: every active unit of the scope with its registered funds; with one, checked against it. */
    private List<NewItem> items(Org scope, List<CampaignRequest.UnitFunds> asked) {
        Map<Long, UnitFunds> units = register.under(scope.path()).stream()
                .collect(Collectors.toMap(UnitFunds::unitId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<NewItem> items = new ArrayList<>();
        if (asked == null) {
            units.values().stream().filter(UnitFunds::active)
                    .forEach(u -> u.funds().forEach(f -> items.add(new NewItem(u.unitId(), f.name()))));
            return items;
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (CampaignRequest.UnitFunds a : asked) {
            if (a == null || a.unitId() == null) {
                throw ApiException.badRequest("字段 units[].unitId（单位）必须填写");
            }
            UnitFunds unit = units.get(a.unitId());
            if (unit == null) {
                throw ApiException.notFound("单位 " + a.unitId() + " 不存在");
            }
            if (!unit.active()) {
                throw ApiException.badRequest("字段 units[].unitId：" + unit.unit() + " 已停用");
            }
            if (!seen.add(unit.unitId())) {
                throw ApiException.badRequest("字段 units[].unitId：" + unit.unit() + " 重复");
            }
            Set<Fund> funds = EnumSet.noneOf(Fund.class);
            if (a.funds() == null || a.funds().isEmpty()) {
                funds.addAll(unit.funds());
            } else {
                a.funds().forEach(code -> funds.add(fund(code)));
            }
            funds.forEach(f -> items.add(new NewItem(unit.unitId(), f.name())));
        }
        return items;
    }

    /** Forms filed for the period before the campaign: the newest of each unit and fund answers its item. */
    private int takeOnFiledForms(long campaignId) {
        Map<Long, ExistingForm> newest = new LinkedHashMap<>();
        campaigns.findExistingForms(campaignId).forEach(f -> newest.put(f.itemId(), f));
        for (ExistingForm f : newest.values()) {
            campaigns.linkForm(f.itemId(), f.formId(), false);
            if (!FormStatus.SIGNED.name().equals(f.status())) {
                redating.redate(f.formId());
            }
        }
        return newest.size();
    }

    static FormType formType(String type) {
        try {
            return FormType.valueOf(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("字段 type（表类型）只能为 TARGET、MONITORING 或 EVALUATION");
        }
    }

    static Fund fund(String code) {
        try {
            return Fund.valueOf(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("字段 funds 含未知险种：" + code);
        }
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw ApiException.badRequest("字段 year（年度）必须为 2000–2100 的年份");
        }
        return year;
    }

    private static int month(Integer month) {
        if (month == null || month < 1 || month > 12) {
            throw ApiException.badRequest("字段 monitorMonth（监控时点）必须为 1–12 的月份");
        }
        return month;
    }

    private static LocalDate due(String due) {
        if (due == null || due.isBlank()) {
            throw ApiException.badRequest("字段 due（截止日期）必须填写");
        }
        try {
            return LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("字段 due（截止日期）应为 YYYY-MM-DD 格式的日期：" + due);
        }
    }
}
