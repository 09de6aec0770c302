package cn.jixiao.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of the form table: the current document with what the queries need pulled out of it. */
public record FormRecord(Long id, String formType, int formYear, Integer monitorMonth, String fund,
                         String project, String unitName, long unitId, FormStatus status, int version,
                         String document, BigDecimal plannedTotal, BigDecimal executedTotal,
                         BigDecimal completion, BigDecimal score, String grade, int errorCount,
                         int warningCount, String filer, String processInstanceId, LocalDate dueDate,
                         boolean overdue, LocalDateTime signedAt, String signedBy, LocalDateTime createdAt,
                         LocalDateTime updatedAt) {
}
