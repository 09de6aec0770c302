package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared review cycle in detail: every decision, every return route, recall, SLA reminders.
 * The class asserts 100 % element coverage of the model (report in target/process-test-coverage/), so
 * running a single method of it on its own fails that class-level assertion: run the whole class.
 */
@Deployment(resources = "bpmn/review-cycle.bpmn")
class ReviewCycleTest extends AbstractProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  @Override
  protected ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  // ------------------------------------------------------------------ driving the cycle

  ProcessInstance startCycle() {
    return runtimeService().startProcessInstanceByKey("review-cycle", BUSINESS_KEY, startVariables("MONITORING"));
  }

  /** Starts a cycle and approves until {@code step} (unitReview, prefectureReview or signOff) is waiting. */
  ProcessInstance cycleAt(String step) {
    ProcessInstance cycle = startCycle();
    if (!step.equals("unitReview")) {
      completeStep(cycle, "unitReview", decision("APPROVE"));
    }
    if (step.equals("signOff")) {
      completeStep(cycle, "prefectureReview", decision("APPROVE"));
    }
    assertThat(cycle).isWaitingAt(step);
    return cycle;
  }

  /** Completes the current task after checking it is {@code step}. */
  static void completeStep(ProcessInstance cycle, String step, Map<String, Object> variables) {
    Task task = task(cycle);
    assertThat(task).hasDefinitionKey(step);
    complete(task, variables);
  }

  static String timerPrefix(String step) {
    return Character.toUpperCase(step.charAt(0)) + step.substring(1);
  }

  // ------------------------------------------------------------------ the straight path

  @Test
  void approvedTwiceAndSigned_endsSigned() throws Exception {
    ProcessInstance cycle = startCycle();

    assertThat(cycle).isStarted().hasBusinessKey(BUSINESS_KEY).isWaitingAt("unitReview");
    assertThat(task(cycle)).hasName("单位审核上报").hasCandidateGroup(UNIT_HEAD_GROUP).isNotAssigned();
    complete(task(cycle), decision("APPROVE"));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(task(cycle)).hasName("地区审核").hasCandidateGroup(REVIEWER_GROUP).isNotAssigned();
    complete(task(cycle), decision("APPROVE"));

    assertThat(cycle).isWaitingAt("signOff");
    assertThat(task(cycle)).hasName("领导签发").hasCandidateGroup(LEADER_GROUP).isNotAssigned();
    complete(task(cycle), decision("SIGN"));

    assertThat(cycle).isEnded()
        .hasPassedInOrder("unitReview", "Task_UnitApprove", "prefectureReview", "Task_PrefectureApprove",
            "signOff", "Task_SignForm", "End_CycleSigned")
        .hasNotPassed("correct", "Task_ReturnForm", "Task_ReturnToReviewer", "Task_ReturnToUnitHead", "Task_RecallForm",
            "End_CycleRecalled");
    assertThat(historicVariable(cycle, "cycleOutcome")).isEqualTo("SIGNED");
    assertThat(backend.callLog()).containsExactly(
        "approveFormDelegate@Task_UnitApprove",
        "approveFormDelegate@Task_PrefectureApprove",
        "signFormDelegate@Task_SignForm");
    assertThat(jobCount(cycle)).isZero();
  }

  @Test
  void candidateGroupsComeFromTheVariables() throws Exception {
    Map<String, Object> variables = startVariables("TARGET");
    variables.put("unitHeadGroup", "unit-head:99");
    variables.put("reviewerGroup", "reviewer:7");
    variables.put("leaderGroup", "leader:7");
    ProcessInstance cycle = runtimeService().startProcessInstanceByKey("review-cycle", "99", variables);

    assertThat(task(cycle)).hasCandidateGroup("unit-head:99");
    complete(task(cycle), decision("APPROVE"));
    assertThat(task(cycle)).hasCandidateGroup("reviewer:7");
    complete(task(cycle), decision("APPROVE"));
    assertThat(task(cycle)).hasCandidateGroup("leader:7");
  }

  // ------------------------------------------------------------------ returns and corrections

  @Test
  void returnedAtUnitReview_correctionGoesBackToUnitReview() throws Exception {
    ProcessInstance cycle = cycleAt("unitReview");

    completeStep(cycle, "unitReview", decision("RETURN"));

    assertThat(cycle).isWaitingAt("correct");
    assertThat(task(cycle)).hasName("退回修改").isAssignedTo(FILER);
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnForm");
      assertThat(call.variables()).containsEntry("returnedFrom", "unitReview").containsEntry("decision", "RETURN");
    });

    completeStep(cycle, "correct", decision("SUBMIT"));

    verify(backend.submitForm()).execute(any());
    assertThat(backend.callsOf("submitFormDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_Resubmit"));
    assertThat(cycle).isWaitingAt("unitReview");
    assertThat(task(cycle)).hasCandidateGroup(UNIT_HEAD_GROUP);
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(2);
    verifyNoInteractions(backend.approveForm());

    completeStep(cycle, "unitReview", decision("APPROVE"));
    assertThat(cycle).isWaitingAt("prefectureReview");
  }

  /** RETURN at prefectureReview: FILER is the default, explicit, absent or anything but UNIT_HEAD (REVIEWER is the backend's 400). */
  @ParameterizedTest(name = "returnTo = {0}")
  @NullSource
  @ValueSource(strings = {"FILER", "REVIEWER"})
  void returnedAtPrefectureReview_goesToTheFiler(String returnTo) throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");

    completeStep(cycle, "prefectureReview", returnTo(returnTo));

    assertThat(cycle).isWaitingAt("correct");
    assertThat(task(cycle)).isAssignedTo(FILER);
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnForm");
      assertThat(call.variables()).containsEntry("returnedFrom", "prefectureReview");
    });
  }

  @Test
  void returnedAtPrefectureReview_notViaTheUnit_correctionGoesBackToPrefectureReview() throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");
    completeStep(cycle, "prefectureReview", returnTo("FILER"));

    completeStep(cycle, "correct", resubmit(false));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(task(cycle)).hasCandidateGroup(REVIEWER_GROUP);
    assertThat(timesEntered(cycle, "unitReview")).as("not sent through the unit again").isEqualTo(1);
    assertThat(timesEntered(cycle, "prefectureReview")).isEqualTo(2);

    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
  }

  /** correction.viaUnitHead is true by default: explicit or absent (an instance of the previous release). */
  @ParameterizedTest(name = "correctionViaUnitHead = {0}")
  @NullSource
  @ValueSource(booleans = true)
  void returnedAtPrefectureReview_correctionPassesTheUnitAgain(Boolean viaUnitHead) throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");
    completeStep(cycle, "prefectureReview", returnTo("FILER"));

    completeStep(cycle, "correct", resubmit(viaUnitHead));

    assertThat(cycle).isWaitingAt("unitReview");
    assertThat(task(cycle)).hasCandidateGroup(UNIT_HEAD_GROUP);
    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(2);
    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
  }

  @Test
  void returnedAtPrefectureReviewToTheUnitHead_theUnitApprovesItBackToTheReviewer() throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");

    completeStep(cycle, "prefectureReview", returnTo("UNIT_HEAD"));

    assertThat(cycle).isWaitingAt("unitReview");
    assertThat(task(cycle)).hasName("单位审核上报").hasCandidateGroup(UNIT_HEAD_GROUP).isNotAssigned();
    assertThat(cycle).hasNotPassed("correct", "Task_ReturnForm");
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnToUnitHead");
      assertThat(call.variables()).containsEntry("returnedFrom", "prefectureReview")
          .containsEntry("returnTo", "UNIT_HEAD");
    });

    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(2);
    assertThat(timesEntered(cycle, "correct")).isZero();
  }

  @Test
  void signOffReturnedToTheUnitHead_theUnitApprovesItStraightBackToTheLeader() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");

    completeStep(cycle, "signOff", returnTo("UNIT_HEAD"));

    assertThat(cycle).isWaitingAt("unitReview");
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnToUnitHead");
      assertThat(call.variables()).containsEntry("returnedFrom", "signOff");
    });

    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("signOff");
    assertThat(timesEntered(cycle, "prefectureReview")).as("the reviewer is skipped").isEqualTo(1);
    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
  }

  /** The unit head may pass a return on to the filer; the correction still ends up with the leader who returned it. */
  @Test
  void signOffReturnedToTheUnitHead_whoReturnsItToTheFiler_reachesTheLeaderAfterTheUnit() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", returnTo("UNIT_HEAD"));

    completeStep(cycle, "unitReview", decision("RETURN"));
    assertThat(cycle).isWaitingAt("correct");
    completeStep(cycle, "correct", resubmit(false));
    assertThat(cycle).as("returned by the unit: back to the unit, whatever the setting").isWaitingAt("unitReview");
    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("signOff");
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(3);
    assertThat(timesEntered(cycle, "prefectureReview")).isEqualTo(1);
    assertThat(backend.callsOf("returnFormDelegate")).extracting(BackendStandIns.Call::activityId)
        .containsExactly("Task_ReturnToUnitHead", "Task_ReturnForm");
  }

  @Test
  void signOffReturnedToFiler_notViaTheUnit_correctionGoesBackToSignOff() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");

    completeStep(cycle, "signOff", returnTo("FILER"));

    assertThat(cycle).isWaitingAt("correct");
    assertThat(task(cycle)).isAssignedTo(FILER);
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnForm");
      assertThat(call.variables()).containsEntry("returnedFrom", "signOff").containsEntry("returnTo", "FILER");
    });

    completeStep(cycle, "correct", resubmit(false));

    assertThat(cycle).isWaitingAt("signOff");
    assertThat(task(cycle)).hasCandidateGroup(LEADER_GROUP);
    assertThat(timesEntered(cycle, "prefectureReview")).as("the reviewer is skipped").isEqualTo(1);
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(1);

    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
    assertThat(historicVariable(cycle, "cycleOutcome")).isEqualTo("SIGNED");
  }

  @Test
  void signOffReturnedToFiler_correctionPassesTheUnitThenGoesStraightToTheLeader() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", returnTo("FILER"));

    completeStep(cycle, "correct", resubmit(true));

    assertThat(cycle).isWaitingAt("unitReview");
    completeStep(cycle, "unitReview", decision("APPROVE"));
    assertThat(cycle).isWaitingAt("signOff");
    assertThat(timesEntered(cycle, "prefectureReview")).as("the reviewer is skipped").isEqualTo(1);
    assertThat(backend.callsOf("approveFormDelegate")).extracting(BackendStandIns.Call::activityId)
        .containsExactly("Task_UnitApprove", "Task_PrefectureApprove", "Task_UnitApprove");
  }

  /** REVIEWER is the default: explicit, absent, or anything but FILER and UNIT_HEAD sends it to the reviewer. */
  @ParameterizedTest(name = "returnTo = {0}")
  @NullSource
  @ValueSource(strings = {"REVIEWER", ""})
  void signOffReturnedToReviewer_goesStraightToPrefectureReview(String returnTo) throws Exception {
    ProcessInstance cycle = cycleAt("signOff");

    completeStep(cycle, "signOff", returnTo(returnTo));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(task(cycle)).hasCandidateGroup(REVIEWER_GROUP);
    assertThat(cycle).hasNotPassed("correct", "Task_ReturnForm");
    assertThat(backend.callsOf("returnFormDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_ReturnToReviewer");
      assertThat(call.variables()).containsEntry("returnedFrom", "signOff");
    });

    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
    verify(backend.approveForm(), times(3)).execute(any());
  }

  @Test
  void aReturnToFromAnEarlierSignOffIsNotReused() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", returnTo("FILER"));
    completeStep(cycle, "correct", resubmit(false));
    assertThat(cycle).isWaitingAt("signOff");

    // the leader returns again without saying to whom: the default applies, not the FILER of last time
    completeStep(cycle, "signOff", returnTo(null));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(timesEntered(cycle, "correct")).isEqualTo(1);

  }

  @Test
  void aReturnToFromAnEarlierPrefectureReviewIsNotReused() throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");
    completeStep(cycle, "prefectureReview", returnTo("UNIT_HEAD"));
    completeStep(cycle, "unitReview", decision("APPROVE"));
    assertThat(cycle).isWaitingAt("prefectureReview");

    completeStep(cycle, "prefectureReview", returnTo(null));

    assertThat(cycle).as("the default, not the UNIT_HEAD of last time").isWaitingAt("correct");
  }

  /** Once the returner has the form again, a later pass through the unit goes the whole way round. */
  @Test
  void whereTheUnitSendsItIsForgottenOnceTheReturnerHasIt() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", returnTo("UNIT_HEAD"));
    completeStep(cycle, "unitReview", decision("APPROVE"));
    completeStep(cycle, "signOff", returnTo("REVIEWER"));
    completeStep(cycle, "prefectureReview", returnTo("UNIT_HEAD"));

    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(runtimeService().getVariable(cycle.getId(), "resumeAt")).isNull();
  }

  /** A cycle started again after a recall (the main process hands its variables in) starts from the beginning. */
  @Test
  void aNewCycleDoesNotTakeWhereAnEarlierOneWasToResume() throws Exception {
    Map<String, Object> variables = startVariables("MONITORING");
    variables.put("resumeAt", "signOff");
    ProcessInstance cycle = runtimeService().startProcessInstanceByKey("review-cycle", BUSINESS_KEY, variables);

    completeStep(cycle, "unitReview", decision("APPROVE"));

    assertThat(cycle).isWaitingAt("prefectureReview");
  }

  @Test
  void everyCorrectionGoesBackToTheStepThatReturnedIt() throws Exception {
    ProcessInstance cycle = startCycle();
    completeStep(cycle, "unitReview", decision("RETURN"));
    completeStep(cycle, "correct", resubmit(false));
    completeStep(cycle, "unitReview", decision("APPROVE"));
    completeStep(cycle, "prefectureReview", returnTo("FILER"));
    completeStep(cycle, "correct", resubmit(false));
    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", returnTo("FILER"));
    completeStep(cycle, "correct", resubmit(false));
    completeStep(cycle, "signOff", returnTo("REVIEWER"));
    completeStep(cycle, "prefectureReview", decision("APPROVE"));
    completeStep(cycle, "signOff", decision("SIGN"));

    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
    assertThat(timesEntered(cycle, "unitReview")).isEqualTo(2);
    assertThat(timesEntered(cycle, "prefectureReview")).isEqualTo(3);
    assertThat(timesEntered(cycle, "signOff")).isEqualTo(3);
    assertThat(timesEntered(cycle, "correct")).isEqualTo(3);
    assertThat(backend.callsOf("returnFormDelegate"))
        .extracting(call -> call.variables().get("returnedFrom"))
        .containsExactly("unitReview", "prefectureReview", "signOff", "signOff");
    verify(backend.submitForm(), times(3)).execute(any());
  }

  // ------------------------------------------------------------------ decisions the model refuses

  @Test
  void aTaskCompletedWithoutDecisionIsRefused() throws Exception {
    // unitReview left decision=APPROVE behind; it must not be taken for the reviewer's decision
    ProcessInstance cycle = cycleAt("prefectureReview");
    Task task = task(cycle);

    assertThatThrownBy(() -> complete(task)).isInstanceOf(ProcessEngineException.class);

    assertThat(cycle).isWaitingAt("prefectureReview");
    assertThat(task(cycle).getId()).isEqualTo(task.getId());
    verify(backend.approveForm(), times(1)).execute(any());
  }

  @Test
  void aDecisionThatDoesNotBelongToTheStepIsRefused() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    Task task = task(cycle);

    assertThatThrownBy(() -> complete(task, decision("APPROVE"))).isInstanceOf(ProcessEngineException.class);

    assertThat(cycle).isWaitingAt("signOff");
    verifyNoInteractions(backend.signForm(), backend.returnForm());
  }

  // ------------------------------------------------------------------ recall

  @ParameterizedTest(name = "recall at {0}")
  @ValueSource(strings = {"unitReview", "prefectureReview", "signOff"})
  void recallWhileAReviewStepIsOpen_endsTheCycleRecalled(String step) throws Exception {
    ProcessInstance cycle = cycleAt(step);

    MessageCorrelationResult result = recall();

    assertThat(result.getExecution().getProcessInstanceId()).isEqualTo(cycle.getId());
    assertThat(cycle).isEnded()
        .hasPassed("Boundary_" + timerPrefix(step) + "Recall", "Task_RecallForm", "End_CycleRecalled")
        .hasNotPassed("End_CycleSigned");
    assertThat(historicVariable(cycle, "cycleOutcome")).isEqualTo("RECALLED");
    assertThat(backend.callsOf("recallFormDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_RecallForm"));
    assertThat(jobCount(cycle)).as("the SLA timer went with the task").isZero();
    verifyNoInteractions(backend.signForm(), backend.returnForm());
  }

  @Test
  void recallIsNotOfferedWhileTheFilerCorrects() throws Exception {
    ProcessInstance cycle = cycleAt("unitReview");
    completeStep(cycle, "unitReview", decision("RETURN"));

    assertThatThrownBy(AbstractProcessTest::recall).isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(cycle).isWaitingAt("correct");
    verifyNoInteractions(backend.recallForm());
  }

  @Test
  void recallIsNotOfferedAfterSigning() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", decision("SIGN"));

    assertThatThrownBy(AbstractProcessTest::recall).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(cycle).isEnded();
  }

  // ------------------------------------------------------------------ timers

  @Test
  void correctionReminderAndOverdueFireAtTheirDates() throws Exception {
    ProcessInstance cycle = cycleAt("unitReview");
    completeStep(cycle, "unitReview", decision("RETURN"));

    assertThat(timerJob(cycle, "Timer_CorrectReminder").getDuedate()).hasSameTimeAs(REMINDER_DATE);
    assertThat(timerJob(cycle, "Timer_CorrectOverdue").getDuedate()).hasSameTimeAs(DUE_DATE);
    assertThat(executeDueJobs()).as("nothing is due yet").isZero();

    clockAt(new Date(REMINDER_DATE.getTime() + 60_000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callsOf("reminderDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_CorrectReminder"));
    verifyNoInteractions(backend.overdue());
    assertThat(cycle).isWaitingAt("correct");

    clockAt(new Date(DUE_DATE.getTime() + 60_000));
    assertThat(executeDueJobs()).isEqualTo(1);
    assertThat(backend.callsOf("overdueDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_CorrectOverdue"));
    assertThat(cycle).isWaitingAt("correct");
    assertThat(task(cycle)).isAssignedTo(FILER);

    completeStep(cycle, "correct", decision("SUBMIT"));
    assertThat(cycle).isWaitingAt("unitReview");
    assertThat(timerJobCount(cycle, "Timer_CorrectReminder") + timerJobCount(cycle, "Timer_CorrectOverdue")).isZero();
    verify(backend.reminder(), times(1)).execute(any());
    verify(backend.overdue(), times(1)).execute(any());
  }

  @ParameterizedTest(name = "SLA reminder at {0}")
  @ValueSource(strings = {"unitReview", "prefectureReview", "signOff"})
  void reviewSlaReminderFiresWithoutClosingTheStep(String step) throws Exception {
    clockAt(Date.from(NOW.plus(Duration.ofHours(1))));
    ProcessInstance cycle = cycleAt(step);

    assertThat(backend.deadlineCalendar.askedFor()).last().isEqualTo(step);
    Job sla = timerJob(cycle, "Timer_" + timerPrefix(step) + "Sla");
    assertThat(sla.getDuedate()).hasSameTimeAs(backend.deadlineCalendar.lastAnswer())
        .hasSameTimeAs(Date.from(NOW.plus(Duration.ofHours(1)).plus(FakeDeadlineCalendar.SLA)));
    assertThat(jobCount(cycle)).as("only this step's SLA timer").isEqualTo(1);

    clockPlus(FakeDeadlineCalendar.SLA.minusMinutes(1));
    assertThat(executeDueJobs()).isZero();
    clockPlus(Duration.ofMinutes(2));
    assertThat(executeDueJobs()).isEqualTo(1);

    assertThat(backend.callsOf("reviewReminderDelegate")).singleElement()
        .satisfies(call -> assertThat(call.activityId()).isEqualTo("Task_" + timerPrefix(step) + "Reminder"));
    assertThat(cycle).isWaitingAt(step);
    assertThat(task(cycle)).hasDefinitionKey(step).isNotAssigned();
    assertThat(jobCount(cycle)).isZero();
  }

  @Test
  void reviewSlaReminderReArmsAfterAReturn() throws Exception {
    ProcessInstance cycle = cycleAt("prefectureReview");
    clockPlus(Duration.ofDays(8));
    assertThat(executeDueJobs()).isEqualTo(1);
    verify(backend.reviewReminder(), times(1)).execute(any());
    assertThat(timerJobCount(cycle, "Timer_PrefectureReviewSla")).isZero();

    completeStep(cycle, "prefectureReview", decision("RETURN"));
    clockPlus(Duration.ofDays(1));
    completeStep(cycle, "correct", resubmit(false));

    assertThat(cycle).isWaitingAt("prefectureReview");
    Job rearmed = timerJob(cycle, "Timer_PrefectureReviewSla");
    assertThat(rearmed.getDuedate()).hasSameTimeAs(Date.from(now().toInstant().plus(FakeDeadlineCalendar.SLA)));
    assertThat(backend.deadlineCalendar.askedFor())
        .containsExactly("unitReview", "prefectureReview", "prefectureReview");

    clockPlus(FakeDeadlineCalendar.SLA.plusMinutes(1));
    assertThat(executeDueJobs()).isEqualTo(1);
    verify(backend.reviewReminder(), times(2)).execute(any());
    assertThat(cycle).isWaitingAt("prefectureReview");
  }

  @Test
  void correctionTimersReArmOnTheNextReturn_andAPastDateFiresAtOnce() throws Exception {
    ProcessInstance cycle = cycleAt("unitReview");
    completeStep(cycle, "unitReview", decision("RETURN"));
    clockAt(new Date(DUE_DATE.getTime() + 60_000));
    assertThat(executeDueJobs()).isEqualTo(2);
    completeStep(cycle, "correct", decision("SUBMIT"));
    assertThat(timerJobCount(cycle, "Timer_CorrectReminder")).isZero();

    completeStep(cycle, "unitReview", decision("RETURN"));

    assertThat(cycle).isWaitingAt("correct");
    assertThat(timerJob(cycle, "Timer_CorrectReminder").getDuedate()).hasSameTimeAs(REMINDER_DATE);
    assertThat(timerJob(cycle, "Timer_CorrectOverdue").getDuedate()).hasSameTimeAs(DUE_DATE);
    assertThat(executeDueJobs()).as("both dates are past: due at once").isEqualTo(2);
    verify(backend.reminder(), times(2)).execute(any());
    verify(backend.overdue(), times(2)).execute(any());
    assertThat(cycle).isWaitingAt("correct");
    verify(backend.reviewReminder(), never()).execute(any());
  }

  @Test
  void theCycleNeverTouchesTheMainProcessOnlyBeans() throws Exception {
    ProcessInstance cycle = cycleAt("signOff");
    completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded();
    verifyNoInteractions(backend.reportCheck(), backend.submitForm());
    assertThat(List.of(backend.allDelegates())).hasSize(BackendStandIns.DELEGATE_BEANS.size());
  }
}
