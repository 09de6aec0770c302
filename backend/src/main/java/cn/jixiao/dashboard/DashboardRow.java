package cn.jixiao.dashboard;

import java.math.BigDecimal;

/** One cell of the unit × fund matrix: the newest form of that unit and fund for the period. */
public record DashboardRow(long unitId, String unit, String fund, long formId, String formType, Integer monitorMonth,
                           String status, BigDecimal plannedTotal, BigDecimal executedTotal, BigDecimal completion,
                           BigDecimal score, String grade, int errors, int warnings, boolean overdue) {
}
