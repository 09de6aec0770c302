package cn.jixiao.workflow;

import cn.jixiao.form.FilingCampaigns;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.settings.DeadlineSettings;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.settings.WorkCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and reminder times from the settings of the form's prefecture (截止日期与提醒) and its working-day
 * calendar. Referenced from the BPMN timers as {@code deadlineCalendar}.
 */
@Component("deadlineCalendar")
public class DeadlineCalendar {

    private final Clock clock;
    private final SettingsService settings;
    private final WorkCalendar workDays;
    private final FormMapper forms;
    private final OrgHierarchy hierarchy;
    private final FilingCampaigns campaigns;

    public DeadlineCalendar(Clock clock, SettingsService settings, WorkCalendar workDays, FormMapper forms,
                            OrgHierarchy hierarchy, FilingCampaigns campaigns) {
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.settings = settings;
        this.workDays = workDays;
        this.forms = forms;
    }

    /** A form's due date and the moments its overdue and reminder timers fire, from one read of the settings. */
    public record Dates(LocalDate due, Date dueAt, Date remindAt) {
    }

    /** A form of a filing campaign is due when the campaign says; any other when the settings say. */
    public Dates datesFor(FormRecord form) {
        DeadlineSettings s = settings.deadlinesForUnit(form.unitId());
        LocalDate due = campaigns.dueOf(form.id())
                .orElseGet(() -> s.dueDate(form.formType(), form.formYear(), form.monitorMonth()));
        return new Dates(due, endOf(due), endOf(due.minusDays(s.reminderLeadDays())));
    }

    public LocalDate reminderDate(long unitId, LocalDate due) {
        return due.minusDays(settings.deadlinesForUnit(unitId).reminderLeadDays());
    }

    /** For the review-step timers: the time limit in working days after the task was created (engine time). */
    public Date reviewReminderAt(DelegateExecution execution) {
        FormRecord form = forms.findById(((Number) execution.getVariable("formId")).longValue());
        long prefectureId = hierarchy.prefectureIdOf(form.unitId());
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), clock.getZone());
        int limit = settings.deadlinesForPrefecture(prefectureId).reviewSlaWorkingDays();
        return toDate(workDays.plusWorkingDays(prefectureId, now, limit));
    }

    /** Due at the end of the due day. */
    public Date endOf(LocalDate day) {
        return toDate(day.plusDays(1).atStartOfDay());
    }

    private Date toDate(LocalDateTime t) {
        return Date.from(t.atZone(clock.getZone()).toInstant());
    }
}
