package cn.jixiao.campaign;

import cn.jixiao.campaign.CampaignMapper.CampaignRow;
import cn.jixiao.campaign.CampaignMapper.ItemRow;
import cn.jixiao.form.FormStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GET /api/campaigns/{id}: the campaign with its items in the caller's scope and their counts by status. */
public record CampaignView(long id, String type, int year, Integer monitorMonth, LocalDate due, String status,
                           String title, long scopeOrgId, String scopeName, String createdBy,
                           LocalDateTime createdAt, LocalDateTime closedAt, Map<String, Integer> counts,
                           int overdue, boolean manageable, List<Item> items) {

    /** An item's status while nothing has been filed: 未报. */
    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String NOT_STARTED_LABEL = "未报";

    /** Not yet past unit review: what 催办 chases. */
    static final Set<String> OUTSTANDING = Set.of(NOT_STARTED, FormStatus.DRAFT.name(), FormStatus.RETURNED.name(),
            FormStatus.UNIT_REVIEW.name());

    /** Where the filer still has the form (or has not started it): past the due date this is overdue. */
    private static final Set<String> WITH_FILER = Set.of(NOT_STARTED, FormStatus.DRAFT.name(),
            FormStatus.RETURNED.name());

    /**
     * Empty figures are left out (a campaign's page holds hundreds of items, most not started); {@code formId} is
     * always there, null for 未报.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(long unitId, String unit, String fund, @JsonInclude(JsonInclude.Include.ALWAYS) Long formId,
                       String status, boolean overdue,
                       boolean late, LocalDateTime startedAt, LocalDateTime urgedAt, BigDecimal plannedTotal,
                       BigDecimal executedTotal, BigDecimal completion, BigDecimal score, String grade,
                       Integer errors, Integer warnings) {

        static Item of(ItemRow row, LocalDate due, LocalDate today) {
            String status = row.formId() == null ? NOT_STARTED : row.formStatus();
            boolean overdue = WITH_FILER.contains(status) && (row.formOverdue() || today.isAfter(due));
            return new Item(row.unitId(), row.unit(), row.fund(), row.formId(), status, overdue, row.late(),
                    row.startedAt(), row.urgedAt(), row.plannedTotal(), row.executedTotal(), row.completion(),
                    row.score(), row.grade(), row.errors(), row.warnings());
        }

        boolean outstanding() {
            return OUTSTANDING.contains(status);
        }
    }

    static CampaignView of(CampaignRow c, List<Item> items, boolean manageable) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(NOT_STARTED, 0);
        for (FormStatus s : FormStatus.values()) {
            counts.put(s.name(), 0);
        }
        items.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        int overdue = (int) items.stream().filter(Item::overdue).count();
        return new CampaignView(c.id(), c.formType(), c.formYear(), c.monitorMonth(), c.dueDate(), c.status(),
                c.title(), c.scopeOrgId(), c.scopeName(), c.createdBy(), c.createdAt(), c.closedAt(), counts, overdue,
                manageable, items);
    }
}
