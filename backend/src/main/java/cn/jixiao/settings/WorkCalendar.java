package cn.jixiao.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Working days per prefecture: Monday to Friday, except the dates in `work_calendar_day` (holidays and
 * 调休 weekends), where a prefecture's own row wins over the system row.
 */
@Service
public class WorkCalendar {

    /** Days read ahead per query: enough for the longest holiday and a one-month time limit. */
    private static final int WINDOW_DAYS = 62;

    private final WorkCalendarMapper days;

    public WorkCalendar(WorkCalendarMapper days) {
        this.days = days;
    }

    /** The moment {@code count} working days after {@code from}, at the same time of day. */
    public LocalDateTime plusWorkingDays(Long prefectureId, LocalDateTime from, int count) {
        LocalDate day = from.toLocalDate();
        Map<LocalDate, Boolean> exceptions = Map.of();
        LocalDate loadedUntil = day;
        int added = 0;
        while (added < count) {
            day = day.plusDays(1);
            if (!day.isBefore(loadedUntil)) {
                loadedUntil = day.plusDays(WINDOW_DAYS);
                exceptions = exceptions(prefectureId, day, loadedUntil);
            }
            if (isWorking(day, exceptions)) {
                added++;
            }
        }
        return day.atTime(from.toLocalTime());
    }

    public boolean isWorkingDay(Long prefectureId, LocalDate day) {
        return isWorking(day, exceptions(prefectureId, day, day));
    }

    /** Date → working, the prefecture's rows laid over the system rows. */
    Map<LocalDate, Boolean> exceptions(Long prefectureId, LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        days.findBetween(prefectureId, from, to).forEach(d -> map.put(d.calDate(), d.working()));
        return map;
    }

    private static boolean isWorking(LocalDate day, Map<LocalDate, Boolean> exceptions) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
