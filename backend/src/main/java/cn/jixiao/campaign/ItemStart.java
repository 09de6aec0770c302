package cn.jixiao.campaign;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.campaign.CampaignMapper.CampaignRow;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormView;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A filer starts a campaign item: a pre-filled draft linked to the item, due when the campaign says. */
@Service
public class ItemStart {

    /** POST /api/campaigns/{id}/items/start body. */
    public record StartRequest(Long unitId, String fund) {
    }

    /** 201: the new draft, and the signed form it was filled from (null: a skeleton). */
    public record Started(long formId, long campaignId, long unitId, String fund, Long prefilledFrom, boolean late,
                          FormView form) {
    }

    /** 409 with the form that already answers the item. */
    public static final class AlreadyStarted extends ApiException {
        private final long formId;

        AlreadyStarted(long formId) {
            super(HttpStatus.CONFLICT, "CONFLICT", "该项已开始填报（表单 " + formId + "）");
            this.formId = formId;
        }

        public long formId() {
            return formId;
        }
    }

    private final CampaignMapper campaigns;
    private final CampaignService service;
    private final DraftPrefill prefill;
    private final FormService forms;
    private final OrgMapper orgs;
    private final AuditLog audit;

    public ItemStart(CampaignMapper campaigns, CampaignService service, DraftPrefill prefill, FormService forms,
                     OrgMapper orgs, AuditLog audit) {
        this.campaigns = campaigns;
        this.service = service;
        this.prefill = prefill;
        this.forms = forms;
        this.orgs = orgs;
        this.audit = audit;
    }

    @Transactional
    public Started start(CurrentUser user, long campaignId, StartRequest body) {
        if (body == null || body.unitId() == null) {
            throw ApiException.badRequest("字段 unitId（单位）必须填写");
        }
        if (body.fund() == null || body.fund().isBlank()) {
            throw ApiException.badRequest("字段 fund（险种）必须填写");
        }
        Fund fund = CampaignIssuing.fund(body.fund());
        CampaignRow campaign = service.visible(user, campaignId);
        Org unit = orgs.findById(body.unitId());
        if (unit == null || !user.scope().covers(unit)) {
            throw ApiException.notFound("单位 " + body.unitId() + " 不存在");
        }
        if (!user.hasRole(Role.FILER) || user.orgId() != unit.id()) {
            throw ApiException.forbidden("只有" + unit.name() + "的填报人可以开始填报");
        }
        CampaignMapper.ItemLock item = campaigns.lockItem(campaignId, unit.id(), fund.name());
        if (item == null) {
            throw ApiException.notFound("填报任务中没有 " + unit.name() + " 的" + fund.label());
        }
        if (item.formId() != null) {
            throw new AlreadyStarted(item.formId());
        }
        FormType type = FormType.valueOf(campaign.formType());
        DraftPrefill.Draft draft = prefill.draft(unit.id(), unit.name(), fund, type, campaign.formYear(),
                campaign.monitorMonth(), user.displayName());
        FormView created = forms.create(user, draft.document(), item.id());
        boolean late = "CLOSED".equals(campaign.status());
        audit.record(user.username(), AuditAction.CAMPAIGN_START, created.id(), "开始填报《" + campaign.title() + "》"
                + unit.name() + " " + fund.label() + (draft.from() == null ? "" : "，由已签发的目标表 " + draft.from() + " 预填")
                + (late ? "（任务关闭后补报）" : ""));
        return new Started(created.id(), campaignId, unit.id(), fund.name(), draft.from(), late, created);
    }
}
