package cn.jixiao.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of GET /api/forms; {@code created}: when the form was entered (an overdue count starts there at the earliest). */
public record FormSummary(long id, int version, String type, int year, Integer monitorMonth, String fund,
                          String unit, String project, FormStatus status, String statusLabel,
                          BigDecimal plannedTotal, BigDecimal executedTotal, BigDecimal completion,
                          BigDecimal score, String grade, int errors, int warnings, LocalDate due, boolean overdue,
                          LocalDateTime created, LocalDateTime updatedAt) {

    static FormSummary of(FormRecord f) {
        return new FormSummary(f.id(), f.version(), f.formType(), f.formYear(), f.monitorMonth(), f.fund(),
                f.unitName(), f.project(), f.status(), f.status().label(), f.plannedTotal(), f.executedTotal(),
                f.completion(), f.score(), f.grade(), f.errorCount(), f.warningCount(), f.dueDate(), f.overdue(),
                f.createdAt(), f.updatedAt());
    }
}
