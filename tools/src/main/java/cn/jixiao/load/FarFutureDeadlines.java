package cn.jixiao.load;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the app's {@code deadlineCalendar} bean in the baseline engine: the review-step timers
 * are created as in the app but never fall due during the run. Public: JUEL calls it by reflection.
 */
public class FarFutureDeadlines {

    /** 2100-01-01. */
    public static final Date FAR_FUTURE = new Date(4_102_444_800_000L);

    public Date reviewReminderAt(DelegateExecution execution) {
        return FAR_FUTURE;
    }
}
