package cn.jixiao.workflow;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.workflow.inbox.InboxMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * After the due-date settings change, the forms still in process get the new dates, since an extended
 * deadline is meant for the forms being filled now (a form of a filing campaign keeps the campaign's date); and
 * so does a running form a campaign takes on when it is issued: the form and its inbox rows, the process variables the
 * reminder and overdue timers read whenever they are armed again, and those timers armed now. Notices
 * already given stay given.
 */
@Component
public class DeadlineRedating {

    private static final Set<String> REMINDER_TIMERS = Set.of("Timer_DraftReminder", "Timer_CorrectReminder");
    private static final Set<String> DUE_TIMERS = Set.of("Timer_DraftOverdue", "Timer_CorrectOverdue");
    /** The shared review cycle the main processes call (calledElement in processes/). */
    private static final String REVIEW_CYCLE = "review-cycle";

    private final FormMapper forms;
    private final InboxMapper inbox;
    private final DeadlineCalendar deadlines;
    private final RuntimeService runtime;
    private final ManagementService management;

    public DeadlineRedating(FormMapper forms, InboxMapper inbox, DeadlineCalendar deadlines, RuntimeService runtime,
                            ManagementService management) {
        this.forms = forms;
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.management = management;
    }

    /** Re-dates the running forms of the units under {@code pathPrefix}; returns how many forms changed. */
    public int redateUnder(String pathPrefix) {
        int changed = 0;
        for (FormRecord form : forms.findInProcessUnder(pathPrefix)) {
            if (redate(form)) {
                changed++;
            }
        }
        return changed;
    }

    /** Re-dates one form still in process (a filing campaign has just taken it on); true when anything changed. */
    public boolean redate(long formId) {
        return redate(forms.findById(formId));
    }

    private boolean redate(FormRecord form) {
        DeadlineCalendar.Dates dates = deadlines.datesFor(form);
        LocalDate due = dates.due();
        Date dueAt = dates.dueAt();
        Date remindAt = dates.remindAt();
        boolean changed = !due.equals(form.dueDate());
        if (changed) {
            forms.updateDueDate(form.id(), due);
            inbox.updateDueDate(form.id(), due);
        }
        // the main process and the review cycle it calls each keep their own copy of the dates; a rectification of the
        // form (same business key) keeps its own due date, which the form's settings do not move
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(form.id()))
                .processDefinitionKeyIn(FormWorkflow.processKey(form.formType()), REVIEW_CYCLE).list()) {
            if (!sameTime(runtime.getVariable(instance.getId(), "dueDate"), dueAt)
                    || !sameTime(runtime.getVariable(instance.getId(), "reminderDate"), remindAt)) {
                runtime.setVariables(instance.getId(), Map.of("dueDate", dueAt, "reminderDate", remindAt));
                changed = true;
            }
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                String activity = activityOf(timer);
                Date target = REMINDER_TIMERS.contains(activity) ? remindAt : DUE_TIMERS.contains(activity) ? dueAt : null;
                if (target != null && !sameTime(timer.getDuedate(), target)) {
                    management.setJobDuedate(timer.getId(), target);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private String activityOf(Job job) {
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private static boolean sameTime(Object stored, Date wanted) {
        return stored instanceof Date d && d.getTime() == wanted.getTime();
    }
}
