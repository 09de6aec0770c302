package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rectification (整改) process on every path: accepted at once, returned by the unit head, returned by the
 * prefecture, the filer's reminder and overdue timers, the review SLA reminders, decisions that do not belong
 * to a step. The class asserts 100 % coverage of the model: run the whole class.
 */
@Deployment(resources = "bpmn/rectification.bpmn")
class RectificationProcessTest extends AbstractProcessTest {

  static final long RECTIFICATION_ID = 7L;

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  @Override
  protected ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  /** The variables the backend sets when a rectification is required (RectificationWorkflow.start). */
  static ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("rectificationId", RECTIFICATION_ID);
    variables.put("formId", FORM_ID);
    variables.put("filer", FILER);
    variables.put("unitHeadGroup", UNIT_HEAD_GROUP);
    variables.put("reviewerGroup", REVIEWER_GROUP);
    variables.put("dueDate", DUE_DATE);
    variables.put("reminderDate", REMINDER_DATE);
    return runtimeService().startProcessInstanceByKey("rectification", BUSINESS_KEY, variables);
  }

  static Task open(ProcessInstance pi) {
    return task(pi);
  }

  ProcessInstance atVerify() {
    ProcessInstance pi = start();
    complete(task("rectify", pi));
    complete(task("rectifyReview", pi), decision("APPROVE"));
    assertThat(pi).isWaitingAt("rectifyVerify");
    return pi;
  }

  @Test
  void submittedApprovedAndAccepted() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("rectify").task().isAssignedTo(FILER);
    complete(task("rectify", pi));
    assertThat(pi).isWaitingAt("rectifyReview").task().hasCandidateGroup(UNIT_HEAD_GROUP);
    complete(task("rectifyReview", pi), decision("APPROVE"));
    assertThat(pi).isWaitingAt("rectifyVerify").task().hasCandidateGroup(REVIEWER_GROUP);
    complete(task("rectifyVerify", pi), decision("ACCEPT"));

    assertThat(pi).isEnded().hasPassedInOrder("rectify", "Task_RectifySubmit", "rectifyReview", "Task_RectifyApprove",
        "rectifyVerify", "Task_RectifyAccept", "End_Accepted");
    assertThat(backend.callLog()).containsExactly("rectificationSubmitDelegate@Task_RectifySubmit",
        "rectificationApproveDelegate@Task_RectifyApprove", "rectificationAcceptDelegate@Task_RectifyAccept");
    assertThat(backend.calls()).allSatisfy(c -> assertThat(c.variables()).containsEntry("rectificationId", RECTIFICATION_ID));
  }

  @Test
  void theUnitHeadReturnsItToTheFiler() {
    ProcessInstance pi = start();
    complete(task("rectify", pi));
    complete(task("rectifyReview", pi), decision("RETURN"));

    assertThat(pi).isWaitingAt("rectify").task().isAssignedTo(FILER);
    assertThat(backend.callsOf("rectificationReturnDelegate")).singleElement()
        .satisfies(c -> assertThat(c.variables()).containsEntry("returnedFrom", "rectifyReview"));
    complete(task("rectify", pi));
    assertThat(pi).isWaitingAt("rectifyReview");
  }

  @Test
  void thePrefectureReturnsItAndItGoesRoundAgainUntilAccepted() {
    ProcessInstance pi = atVerify();
    complete(task("rectifyVerify", pi), decision("RETURN"));
    assertThat(pi).isWaitingAt("rectify");
    assertThat(backend.callsOf("rectificationReturnDelegate")).singleElement()
        .satisfies(c -> assertThat(c.variables()).containsEntry("returnedFrom", "rectifyVerify"));

    complete(task("rectify", pi));
    complete(task("rectifyReview", pi), decision("APPROVE"));
    complete(task("rectifyVerify", pi), decision("ACCEPT"));
    assertThat(pi).isEnded();
    assertThat(timesEntered(pi, "rectify")).isEqualTo(2);
  }

  @Test
  void aDecisionLeftFromTheUnitHeadIsNotTakenForTheVerification() {
    ProcessInstance pi = atVerify();
    Task verify = task("rectifyVerify", pi);
    assertThatThrownBy(() -> complete(verify)).isInstanceOf(ProcessEngineException.class);
    assertThatThrownBy(() -> complete(verify, decision("APPROVE"))).isInstanceOf(ProcessEngineException.class);
    assertThat(pi).isWaitingAt("rectifyVerify");
  }

  @Test
  void theFilerIsRemindedThenMarkedOverdueWhileTheTaskStaysOpen() throws Exception {
    ProcessInstance pi = start();
    assertThat(executeDueJobs()).isZero();

    clockAt(new Date(REMINDER_DATE.getTime() + 1000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).containsExactly("rectificationReminderDelegate@Task_RectifyReminder");

    clockAt(new Date(DUE_DATE.getTime() + 1000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).endsWith("rectificationOverdueDelegate@Task_RectifyOverdue");
    assertThat(pi).isWaitingAt("rectify");

    // back after a return, past the due date: both timers fire again at once (the delegates notify once)
    complete(task("rectify", pi));
    complete(task("rectifyReview", pi), decision("RETURN"));
    assertThat(executeDueJobs()).isEqualTo(2);
    assertThat(pi).isWaitingAt("rectify");
  }

  @Test
  void reviewAndVerificationAreRemindedAfterTheirSla() throws Exception {
    ProcessInstance pi = start();
    complete(task("rectify", pi));
    Job review = timerJob(pi, "Timer_RectifyReviewSla");
    assertThat(review.getDuedate()).isEqualTo(backend.deadlineCalendar.lastAnswer());
    clockPlus(FakeDeadlineCalendar.SLA.plus(Duration.ofMinutes(1)));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).endsWith("rectificationReviewReminderDelegate@Task_RectifyReviewReminder");
    assertThat(pi).isWaitingAt("rectifyReview");

    complete(task("rectifyReview", pi), decision("APPROVE"));
    timerJob(pi, "Timer_RectifyVerifySla");
    clockPlus(FakeDeadlineCalendar.SLA.plus(Duration.ofMinutes(1)));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callLog()).endsWith("rectificationReviewReminderDelegate@Task_RectifyVerifyReminder");
    assertThat(pi).isWaitingAt("rectifyVerify");
    assertThat(backend.deadlineCalendar.askedFor()).containsExactly("rectifyReview", "rectifyVerify");

    complete(task("rectifyVerify", pi), decision("ACCEPT"));
    assertThat(pi).isEnded();
    assertThat(jobCount(pi)).isZero();
  }

  @Test
  void aTimerOfTheStepLeftBehindIsCancelledWithIt() {
    ProcessInstance pi = start();
    assertThat(timerJobCount(pi, "Timer_RectifyReminder")).isEqualTo(1);
    complete(task("rectify", pi));
    assertThat(timerJobCount(pi, "Timer_RectifyReminder")).isZero();
    assertThat(timerJobCount(pi, "Timer_RectifyOverdue")).isZero();
    assertThat(List.of(open(pi).getTaskDefinitionKey())).containsExactly("rectifyReview");
  }
}
