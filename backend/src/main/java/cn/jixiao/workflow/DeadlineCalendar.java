package cn.jixiao.workflow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and reminder times. Referenced from the BPMN timers as {@code deadlineCalendar}.
 * Working days are Monday to Friday (a holiday calendar comes with the settings screen).
 */
@Component("deadlineCalendar")
public class DeadlineCalendar {

    static final int REVIEW_SLA_WORKING_DAYS = 5;
    static final int REMINDER_LEAD_DAYS = 3;

    private final Clock clock;

    public DeadlineCalendar(Clock clock) {
        this.clock = clock;
    }

    /** Defaults: TARGET by 31 January, MONITORING by the 10th of the month after, EVALUATION by 31 March next year. */
    public LocalDate dueDate(String formType, int year, Integer monitorMonth) {
        return switch (formType) {
            case "TARGET" -> LocalDate.of(year, 1, 31);
            case "MONITORING" -> LocalDate.of(year, monitorMonth == null ? 12 : monitorMonth, 1).plusMonths(1).withDayOfMonth(10);
            case "EVALUATION" -> LocalDate.of(year + 1, 3, 31);
            default -> throw new IllegalArgumentException(formType);
        };
    }

    public LocalDate reminderDate(LocalDate due) {
        return due.minusDays(REMINDER_LEAD_DAYS);
    }

    /** For the review-step timers: five working days after the task was created (engine time). */
    public Date reviewReminderAt(DelegateExecution execution) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone());
        return toDate(plusWorkingDays(now, REVIEW_SLA_WORKING_DAYS));
    }

    static LocalDateTime plusWorkingDays(LocalDateTime from, int days) {
        LocalDateTime t = from;
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return t;
    }

    /** Due at the end of the due day. */
    public Date endOf(LocalDate day) {
        return toDate(day.plusDays(1).atStartOfDay());
    }

    private Date toDate(LocalDateTime t) {
        return Date.from(t.atZone(zone()).toInstant());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
