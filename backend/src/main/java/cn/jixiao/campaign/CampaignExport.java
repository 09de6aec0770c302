package cn.jixiao.campaign;

import cn.jixiao.document.Fund;
import cn.jixiao.export.CampaignSummaryXlsx;
import cn.jixiao.export.FormExports;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The campaign's 汇总表 (.xlsx) over the items in the caller's scope, for reviewers, leaders and the administrator. */
@Service
public class CampaignExport {

    /** Submitted: past the filer, so its table goes upward. */
    private static final Set<String> SUBMITTED = Set.of(FormStatus.UNIT_REVIEW.name(),
            FormStatus.PREFECTURE_REVIEW.name(), FormStatus.SIGN_OFF.name(), FormStatus.SIGNED.name());

    /** How an item not started reads in the 汇总表. */

    private final CampaignService campaigns;
    private final FormMapper forms;
    private final FormExports exports;
    private final SettingsService settings;

    public CampaignExport(CampaignService campaigns, FormMapper forms, FormExports exports, SettingsService settings) {
        this.campaigns = campaigns;
        this.forms = forms;
        this.exports = exports;
        this.settings = settings;
    }

    public FormExports.Exported export(CurrentUser user, long id, String format) {
        if (!"xlsx".equals(format)) {
            throw ApiException.badRequest("参数 format 只能为 xlsx");
        }
        if (!user.hasRole(Role.PREFECTURE_REVIEWER) && !user.hasRole(Role.PREFECTURE_LEADER)
                && !user.hasRole(Role.SYSTEM_ADMIN)) {
            throw ApiException.forbidden("汇总表仅供地区审核、地区领导和系统管理员导出");
        }
        CampaignView view = campaigns.view(user, id);
        List<CampaignSummaryXlsx.Line> lines = view.items().stream().map(i -> new CampaignSummaryXlsx.Line(
                i.unit(), Fund.valueOf(i.fund()),
                i.formId() == null ? CampaignView.NOT_STARTED_LABEL : FormStatus.valueOf(i.status()).label(), i.overdue(),
                i.errors(), i.warnings(), i.formId() == null ? null : exports.item(forms.findById(i.formId())),
                SUBMITTED.contains(i.status()))).toList();
        byte[] bytes = new CampaignSummaryXlsx(settings.forPrefecture(view.scopeOrgId())).export(view.title(), lines);
        return new FormExports.Exported("汇总表-" + view.title() + ".xlsx", FormExports.XLSX, bytes);
    }
}
