package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * What every main process must do: draft for the filer with its timers, submit, hand the form to the
 * shared review cycle (call activity), go back to draft on recall and end at {@code End_Signed} when signed.
 * The cycle itself is tested in {@link ReviewCycleTest}.
 */
abstract class AbstractMainProcessTest extends AbstractProcessTest {

  abstract String processKey();

  abstract String formType();

  /** Only the evaluation process checks the evaluation report. */
  boolean checksReport() {
    return false;
  }

  ProcessInstance startForm() {
    return runtimeService().startProcessInstanceByKey(processKey(), BUSINESS_KEY, startVariables(formType()));
  }

  static void completeStep(ProcessInstance processInstance, String step, java.util.Map<String, Object> variables) {
    Task task = task(processInstance);
    assertThat(task).hasDefinitionKey(step);
    complete(task, variables);
  }

  /** Submits the draft and returns the review-cycle instance it started. */
  ProcessInstance submit(ProcessInstance form) {
    completeStep(form, "draft", decision("SUBMIT"));
    assertThat(form).isWaitingAt("CallActivity_ReviewCycle");
    return calledProcessInstance(form);
  }

  @Test
  void startsInDraftForTheFilerWithReminderAndOverdueTimers() throws Exception {
    ProcessInstance form = startForm();

    assertThat(form).isStarted().hasBusinessKey(BUSINESS_KEY).isWaitingAt("draft");
    assertThat(task(form)).hasName("填报").isAssignedTo(FILER);
    assertThat(timerJob(form, "Timer_DraftReminder").getDuedate()).hasSameTimeAs(REMINDER_DATE);
    assertThat(timerJob(form, "Timer_DraftOverdue").getDuedate()).hasSameTimeAs(DUE_DATE);
  }

  @Test
  void draftReminderAndOverdueFireAndTheDraftStaysOpen() throws Exception {
    ProcessInstance form = startForm();
    assertThat(executeDueJobs()).isZero();

    clockAt(new Date(REMINDER_DATE.getTime() + 1_000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).containsExactly("reminderDelegate@Task_DraftReminder");

    clockAt(new Date(DUE_DATE.getTime() + 1_000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).containsExactly("reminderDelegate@Task_DraftReminder", "overdueDelegate@Task_DraftOverdue");

    assertThat(form).isWaitingAt("draft");
    assertThat(task(form)).isAssignedTo(FILER);
    assertThat(jobCount(form)).isZero();
  }

  @Test
  void submitHandsTheFormToTheSharedReviewCycle() throws Exception {
    ProcessInstance form = startForm();

    ProcessInstance cycle = submit(form);

    verify(backend.submitForm()).execute(any());
    assertThat(backend.callsOf("submitFormDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_SubmitForm"));
    assertThat(form).calledProcessInstance("review-cycle").isWaitingAt("unitReview");
    assertThat(cycle).hasBusinessKey(BUSINESS_KEY).isWaitingAt("unitReview");
    assertThat(cycle).variables()
        .containsEntry("formId", FORM_ID)
        .containsEntry("formType", formType())
        .containsEntry("filer", FILER)
        .containsEntry("unitHeadGroup", UNIT_HEAD_GROUP);
    assertThat(task(cycle)).hasName("单位审核上报").hasCandidateGroup(UNIT_HEAD_GROUP);
    assertThat(jobCount(form)).as("the draft timers are gone").isZero();
  }

  @Test
  void recallTakesTheFormBackToDraft() throws Exception {
    ProcessInstance form = startForm();
    ProcessInstance cycle = submit(form);
    completeStep(cycle, "unitReview", decision("APPROVE"));

    recall();

    assertThat(cycle).isEnded().hasPassed("End_CycleRecalled");
    assertThat(form).isWaitingAt("draft").variables().containsEntry("cycleOutcome", "RECALLED");
    assertThat(task(form)).isAssignedTo(FILER);
    verify(backend.recallForm()).execute(any());
    assertThat(timerJobCount(form, "Timer_DraftReminder")).as("draft timers re-armed").isEqualTo(1);
    assertThat(timerJobCount(form, "Timer_DraftOverdue")).isEqualTo(1);

    ProcessInstance secondCycle = submit(form);
    assertThat(secondCycle.getId()).isNotEqualTo(cycle.getId());
    assertThat(secondCycle).isWaitingAt("unitReview");
    verify(backend.submitForm(), times(2)).execute(any());
  }

  @Test
  void signingEndsTheMainProcessAtEndSigned() throws Exception {
    ProcessInstance form = startForm();
    ProcessInstance cycle = submit(form);

    completeStep(cycle, "unitReview", decision("APPROVE"));
    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", decision("SIGN"));

    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
    assertThat(form).isEnded().hasPassed("CallActivity_ReviewCycle", "End_Signed").hasNotPassed("End_CycleRecalled");
    assertThat(historicVariable(form, "cycleOutcome")).isEqualTo("SIGNED");
    verify(backend.signForm()).execute(any());
    assertThat(jobCount(form) + jobCount(cycle)).isZero();
  }

  @Test
  void theReportCheckRunsOnlyForTheEvaluation() throws Exception {
    ProcessInstance form = startForm();
    submit(form);

    if (checksReport()) {
      assertThat(backend.callLog()).containsExactly(
          "submitFormDelegate@Task_SubmitForm", "reportCheckDelegate@Task_CheckReport");
    } else {
      assertThat(backend.callLog()).containsExactly("submitFormDelegate@Task_SubmitForm");
      verifyNoInteractions(backend.reportCheck());
    }
  }
}
