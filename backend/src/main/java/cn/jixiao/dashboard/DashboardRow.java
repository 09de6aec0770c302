package cn.jixiao.dashboard;

import java.math.BigDecimal;

/**
 * One cell of the unit × fund matrix: the newest form of that unit and fund for the period, or an item of an open
 * filing campaign nobody has started ({@code status} NOT_STARTED, 未报: no form, the campaign's id).
 */
public record DashboardRow(long unitId, String unit, String fund, Long formId, String formType, Integer monitorMonth,
                           String status, BigDecimal plannedTotal, BigDecimal executedTotal, BigDecimal completion,
                           BigDecimal score, String grade, int errors, int warnings, boolean overdue,
                           Long campaignId) {
}
