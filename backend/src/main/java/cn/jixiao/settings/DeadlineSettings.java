package cn.jixiao.settings;

import cn.jixiao.validation.ValidationSettings.Setting;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Due dates, reminder lead time and the review time limit, per prefecture like the rule thresholds.
 * Built from the stored key/value rows with {@link #defaults()} and {@link #withOverrides(Map)}.
 *
 * @param targetDue            {@code due.target}: 绩效目标表 due in the form's year, month-day
 * @param monitoringDueDay     {@code due.monitoring.day}: 监控表 due on this day of the month after the 监控时点
 * @param evaluationDue        {@code due.evaluation}: 自评表 due in the year after the form's year, month-day
 * @param reminderLeadDays     {@code reminder.leadDays}: days before the due date the filer is reminded
 * @param reviewSlaWorkingDays {@code review.slaWorkingDays}: working days a review or sign-off step may take
 * @param urgeIntervalHours    {@code urge.intervalHours}: a unit urged (催办) less than this long ago is not urged again
 */
public record DeadlineSettings(MonthDay targetDue, int monitoringDueDay, MonthDay evaluationDue,
                               int reminderLeadDays, int reviewSlaWorkingDays, int urgeIntervalHours) {

    public static final List<Setting> SETTINGS = List.of(
            new Setting("due.target", "目标表截止日期", "01-31", "绩效目标表截止日期（表单所属年度的 月-日）"),
            new Setting("due.monitoring.day", "监控表截止日", "10", "绩效监控情况表截止日：监控时点次月的第几日（1–28）"),
            new Setting("due.evaluation", "自评表截止日期", "03-31", "绩效自评表截止日期（表单所属年度次年的 月-日）"),
            new Setting("reminder.leadDays", "到期前提醒天数", "3", "截止日期前几天提醒填报人（0–60）"),
            new Setting("review.slaWorkingDays", "审核签发时限", "5", "审核、签发时限（工作日，按工作日历计算，1–30），超时提醒办理人"),
            new Setting("urge.intervalHours", "催办间隔", "24", "填报任务催办间隔（小时，1–168）：同一单位在此时间内只催办一次"));

    private static final DeadlineSettings DEFAULTS = fromMap(SettingValues.defaults(SETTINGS));

    public DeadlineSettings {
        if (monitoringDueDay < 1 || monitoringDueDay > 28) {
            throw new IllegalArgumentException("due.monitoring.day 应为 1–28 之间的整数");
        }
        if (reminderLeadDays < 0 || reminderLeadDays > 60) {
            throw new IllegalArgumentException("reminder.leadDays 应为 0–60 之间的整数");
        }
        if (reviewSlaWorkingDays < 1 || reviewSlaWorkingDays > 30) {
            throw new IllegalArgumentException("review.slaWorkingDays 应为 1–30 之间的整数");
        }
        if (urgeIntervalHours < 1 || urgeIntervalHours > 168) {
            throw new IllegalArgumentException("urge.intervalHours 应为 1–168 之间的整数");
        }
    }

    public static DeadlineSettings defaults() {
        return DEFAULTS;
    }

    /** The due date of a form: TARGET in its year, MONITORING the month after its 监控时点, EVALUATION the year after. */
    public LocalDate dueDate(String formType, int year, Integer monitorMonth) {
        return switch (formType) {
            case "TARGET" -> targetDue.atYear(year);
            case "MONITORING" -> LocalDate.of(year, monitorMonth == null ? 12 : monitorMonth, 1).plusMonths(1)
                    .withDayOfMonth(monitoringDueDay);
            case "EVALUATION" -> evaluationDue.atYear(year + 1);
            default -> throw new IllegalArgumentException(formType);
        };
    }

    /**
     * A copy with the given keys replaced; blank values keep the current one.
     *
     * @throws IllegalArgumentException on an unknown key or a bad value, with a Chinese message
     */
    public DeadlineSettings withOverrides(Map<String, String> overrides) {
        return fromMap(SettingValues.overlay(toMap(), overrides, "期限"));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("due.target", monthDay(targetDue));
        m.put("due.monitoring.day", String.valueOf(monitoringDueDay));
        m.put("due.evaluation", monthDay(evaluationDue));
        m.put("reminder.leadDays", String.valueOf(reminderLeadDays));
        m.put("review.slaWorkingDays", String.valueOf(reviewSlaWorkingDays));
        m.put("urge.intervalHours", String.valueOf(urgeIntervalHours));
        return m;
    }

    private static DeadlineSettings fromMap(Map<String, String> m) {
        return new DeadlineSettings(parseMonthDay(m, "due.target"), SettingValues.integer(m, "due.monitoring.day"),
                parseMonthDay(m, "due.evaluation"), SettingValues.integer(m, "reminder.leadDays"),
                SettingValues.integer(m, "review.slaWorkingDays"), SettingValues.integer(m, "urge.intervalHours"));
    }

    private static String monthDay(MonthDay d) {
        return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }

    /** "01-31" or "1-31"; 02-29 is refused because most years have no such day. */
    private static MonthDay parseMonthDay(Map<String, String> m, String key) {
        String v = m.get(key);
        String[] parts = v.split("[-/月]");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            MonthDay d = MonthDay.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].replace("日", "").strip()));
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29) {
                throw new IllegalArgumentException(key + " 不能是 02-29（平年没有这一天）");
            }
            return d;
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(key + " 的值“" + v + "”不是有效的 月-日（如 01-31）");
        }
    }
}
