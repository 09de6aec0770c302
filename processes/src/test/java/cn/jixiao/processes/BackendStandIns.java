package cn.jixiao.processes;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the beans the backend provides to the models (the contract in one place). Every
 * {@code camunda:delegateExpression} used by the models names one of {@link #DELEGATE_BEANS}; the timer
 * expression on the review steps calls {@code deadlineCalendar.reviewReminderAt(execution)}.
 */
final class BackendStandIns {

  /** The delegate beans, in the order a form meets them (then those of a rectification). */
  static final List<String> DELEGATE_BEANS = List.of(
      "submitFormDelegate",
      "reportCheckDelegate",
      "approveFormDelegate",
      "returnFormDelegate",
      "signFormDelegate",
      "recallFormDelegate",
      "reminderDelegate",
      "overdueDelegate",
      "reviewReminderDelegate",
      "rectificationSubmitDelegate",
      "rectificationApproveDelegate",
      "rectificationReturnDelegate",
      "rectificationAcceptDelegate",
      "rectificationReminderDelegate",
      "rectificationOverdueDelegate",
      "rectificationReviewReminderDelegate");

  static final String DEADLINE_CALENDAR = "deadlineCalendar";

  /** One delegate invocation: which bean, at which activity, and the variables it could see then. */
  record Call(String bean, String activityId, Map<String, Object> variables) {
    @Override
    public String toString() {
      return bean + "@" + activityId;
    }
  }

  private final Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  final FakeDeadlineCalendar deadlineCalendar = new FakeDeadlineCalendar();

  private BackendStandIns() {
  }

  /** Creates a Mockito mock for every delegate bean and registers all stand-ins with {@link Mocks}. */
  static BackendStandIns register() {
    BackendStandIns standIns = new BackendStandIns();
    for (String bean : DELEGATE_BEANS) {
      JavaDelegate delegate = mock(JavaDelegate.class, bean);
      try {
        doAnswer(invocation -> {
          DelegateExecution execution = invocation.getArgument(0);
          standIns.calls.add(new Call(bean, execution.getCurrentActivityId(), Collections.unmodifiableMap(new HashMap<>(execution.getVariables()))));
          return null;
        }).when(delegate).execute(any());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      standIns.delegates.put(bean, delegate);
      Mocks.register(bean, delegate);
    }
    Mocks.register(DEADLINE_CALENDAR, standIns.deadlineCalendar);
    return standIns;
  }

  static void reset() {
    Mocks.reset();
  }

  JavaDelegate get(String bean) {
    JavaDelegate delegate = delegates.get(bean);
    if (delegate == null) {
      throw new IllegalArgumentException("no such delegate bean: " + bean);
    }
    return delegate;
  }

  JavaDelegate submitForm() {
    return get("submitFormDelegate");
  }

  JavaDelegate reportCheck() {
    return get("reportCheckDelegate");
  }

  JavaDelegate approveForm() {
    return get("approveFormDelegate");
  }

  JavaDelegate returnForm() {
    return get("returnFormDelegate");
  }

  JavaDelegate signForm() {
    return get("signFormDelegate");
  }

  JavaDelegate recallForm() {
    return get("recallFormDelegate");
  }

  JavaDelegate reminder() {
    return get("reminderDelegate");
  }

  JavaDelegate overdue() {
    return get("overdueDelegate");
  }

  JavaDelegate reviewReminder() {
    return get("reviewReminderDelegate");
  }

  /** Every delegate invocation so far, in order. */
  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Invocations rendered as {@code bean@activityId}, in order. */
  List<String> callLog() {
    return calls().stream().map(Call::toString).toList();
  }

  List<Call> callsOf(String bean) {
    return calls().stream().filter(c -> c.bean().equals(bean)).toList();
  }

  Object[] allDelegates() {
    return delegates.values().toArray();
  }
}
