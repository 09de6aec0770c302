package cn.jixiao.processes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test stand-in for the backend's {@code deadlineCalendar} bean. The real one answers "5 working days
 * after the task was created"; this one answers "now + {@link #SLA}" by the engine clock and records
 * for which activity it was asked.
 */
public class FakeDeadlineCalendar {

  /** 5 working days starting on a Monday end on the next Monday. */
  public static final Duration SLA = Duration.ofDays(7);

  private final List<String> askedFor = new ArrayList<>();
  private final List<Date> answers = new ArrayList<>();

  public Date reviewReminderAt(DelegateExecution execution) {
    askedFor.add(execution.getCurrentActivityId());
    Date answer = Date.from(ClockUtil.getCurrentTime().toInstant().plus(SLA));
    answers.add(answer);
    return answer;
  }

  public List<String> askedFor() {
    return askedFor;
  }

  public Date lastAnswer() {
    return answers.isEmpty() ? null : answers.get(answers.size() - 1);
  }
}
