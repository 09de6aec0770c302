package cn.jixiao.campaign;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.form.FilingCampaigns;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which campaign item a form answers, and so its due date (the forms' side of the campaigns). */
@Component
class CampaignLinks implements FilingCampaigns {

    private final CampaignMapper campaigns;

    CampaignLinks(CampaignMapper campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Optional<LocalDate> link(long formId, long unitId, FormDocument document, Long itemId) {
        if (itemId == null) {
            CampaignMapper.ItemRow match = campaigns.findUnstartedMatch(unitId, document.fund().name(),
                    document.type().name(), document.year(), periodMonth(document.type(), document.monitorMonth()));
            if (match == null) {
                return Optional.empty();
            }
            itemId = match.id();
        }
        CampaignMapper.CampaignRow campaign = campaigns.findById(campaigns.campaignOfItem(itemId));
        // a form matched at the same moment as another one stays unlinked rather than taking its item
        if (campaigns.linkForm(itemId, formId, "CLOSED".equals(campaign.status())) == 0) {
            return Optional.empty();
        }
        return Optional.of(campaign.dueDate());
    }

    @Override
    public Optional<LocalDate> dueOf(long formId) {
        return Optional.ofNullable(campaigns.dueOfForm(formId));
    }

    /** The month part of a period: a monitoring form's 监控时点, 0 for the yearly tables. */
    static int periodMonth(FormType type, Integer monitorMonth) {
        return type == FormType.MONITORING && monitorMonth != null ? monitorMonth : 0;
    }
}
