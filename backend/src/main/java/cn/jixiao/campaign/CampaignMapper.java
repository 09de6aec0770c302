package cn.jixiao.campaign;

import cn.jixiao.form.GeneratedId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CampaignMapper {

    /** A campaign row. */
    record CampaignRow(long id, long scopeOrgId, String scopePath, String scopeName, String formType, int formYear,
                       Integer monitorMonth, LocalDate dueDate, String title, String status, String createdBy,
                       LocalDateTime createdAt, String closedBy, LocalDateTime closedAt) {
    }

    /** An item with its unit and, once started, its form's figures. */
    record ItemRow(long id, long campaignId, long unitId, String unit, String fund, Long formId, String formStatus,
                   boolean formOverdue, boolean late, LocalDateTime startedAt, LocalDateTime urgedAt,
                   BigDecimal plannedTotal, BigDecimal executedTotal,
                   BigDecimal completion, BigDecimal score, String grade, Integer errors,
                   Integer warnings) {
    }

    /** A unit and fund a new campaign addresses. */
    record NewItem(long unitId, String fund) {
    }

    void insert(@Param("c") NewCampaign campaign, @Param("id") GeneratedId id);

    /** Insert body. */
    record NewCampaign(long scopeOrgId, String formType, int formYear, Integer monitorMonth, LocalDate dueDate,
                       String title, String openKey, String createdBy) {
    }

    void insertItems(@Param("campaignId") long campaignId, @Param("items") List<NewItem> items);

    CampaignRow findById(@Param("id") long id);

    /** A campaign row locked for the rest of the transaction: urging it runs one request at a time. */
    String lockStatus(@Param("id") long id);

    /** Open campaigns whose scope is this one (by key), for the 409 before the unique index is hit. */
    CampaignRow findOpen(@Param("openKey") String openKey);

    /** Campaigns with at least one item in the scope. */
    List<CampaignRow> findVisible(@Param("scopePath") String scopePath, @Param("year") Integer year,
                                  @Param("type") String type, @Param("status") String status);

    /** The campaign's items whose unit lies in the scope, in tree and fund order. */
    List<ItemRow> findItems(@Param("campaignId") long campaignId, @Param("scopePath") String scopePath);

    /** The item's row, locked for the rest of the transaction: two filers starting it run one after the other. */
    record ItemLock(long id, Long formId) {
    }

    int countItems(@Param("campaignId") long campaignId, @Param("scopePath") String scopePath);

    ItemLock lockItem(@Param("campaignId") long campaignId, @Param("unitId") long unitId, @Param("fund") String fund);

    /**
     * The not yet started item a new form of this unit, fund, type and period answers: of an open campaign first,
     * then of the newest closed one (a late filing).
     */
    ItemRow findUnstartedMatch(@Param("unitId") long unitId, @Param("fund") String fund,
                               @Param("formType") String formType, @Param("formYear") int formYear,
                               @Param("monitorMonth") int monitorMonth);

    long campaignOfItem(@Param("itemId") long itemId);

    /** Links the form; 0 when the item was started meanwhile. */
    int linkForm(@Param("itemId") long itemId, @Param("formId") long formId, @Param("late") boolean late);

    /** The due date of the campaign whose item the form answers, or null. */
    LocalDate dueOfForm(@Param("formId") long formId);

    /** Forms, not withdrawn, of this type and period that a new campaign's items take on: the newest per unit and fund. */
    List<ExistingForm> findExistingForms(@Param("campaignId") long campaignId);

    record ExistingForm(long itemId, long formId, String status) {
    }

    List<Long> itemIds(@Param("campaignId") long campaignId, @Param("unitId") long unitId);

    void markUrged(@Param("itemIds") List<Long> itemIds, @Param("at") LocalDateTime at);

    int close(@Param("id") long id, @Param("closedBy") String closedBy);

    /** Not started items of open campaigns for the unit, soonest due first. */
    List<PendingItem> findPending(@Param("unitPath") String unitPath);

    record PendingItem(long campaignId, String title, String formType, int formYear, Integer monitorMonth,
                       LocalDate dueDate, long unitId, String unit, String fund) {
    }

    /** Not started items of open campaigns of the period whose units lie in the scope (the dashboard's 未报 cells). */
    List<PendingItem> findNotStarted(@Param("scopePath") String scopePath, @Param("year") int year,
                                     @Param("type") String type, @Param("monitorMonth") Integer monitorMonth);
}
