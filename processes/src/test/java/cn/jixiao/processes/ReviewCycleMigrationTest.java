package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cycles of the previous release (returns to the filer or, from sign-off, to the reviewer; corrections straight back
 * to the returner; {@code src/test/resources/previous/review-cycle.bpmn}) moved to the current model the way the
 * backend does at start-up ({@code ReviewCycleMigration}: same activity ids, timers kept). What such an instance
 * carries (no {@code resumeAt}, a {@code returnTo} never cleared at prefectureReview) must route as the current model
 * intends, with each missing variable taken at its default.
 */
class ReviewCycleMigrationTest extends AbstractProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  @Override
  protected ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @AfterEach
  void undeploy() {
    repositoryService().createDeploymentQuery().list()
        .forEach(d -> repositoryService().deleteDeployment(d.getId(), true));
  }

  static ProcessDefinition deploy(String resource) {
    Deployment deployment = repositoryService().createDeployment().addClasspathResource(resource).deploy();
    return repositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }

  /** An instance of the previous model, driven by {@code steps} (task key → variables, in order). */
  static ProcessInstance previousCycle(Object... steps) {
    deploy("previous/review-cycle.bpmn");
    ProcessInstance cycle = runtimeService().startProcessInstanceByKey("review-cycle", BUSINESS_KEY,
        startVariables("MONITORING"));
    for (int i = 0; i < steps.length; i += 2) {
      ReviewCycleTest.completeStep(cycle, (String) steps[i], castVariables(steps[i + 1]));
    }
    return cycle;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castVariables(Object o) {
    return (Map<String, Object>) o;
  }

  /** The current model deployed as the newest version, and {@code cycle} moved onto it. */
  static void migrateToCurrent(ProcessInstance cycle) {
    ProcessDefinition current = deploy("bpmn/review-cycle.bpmn");
    MigrationPlan plan = runtimeService()
        .createMigrationPlan(cycle.getProcessDefinitionId(), current.getId())
        .mapEqualActivities()
        .build();
    runtimeService().newMigration(plan).processInstanceIds(cycle.getId()).execute();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(current.getId());
  }

  @Test
  void correctingAfterTheLeadersReturn_passesTheUnitThenReachesTheLeader() {
    ProcessInstance cycle = previousCycle("unitReview", decision("APPROVE"), "prefectureReview", decision("APPROVE"),
        "signOff", returnTo("FILER"));
    assertThat(cycle).isWaitingAt("correct");

    migrateToCurrent(cycle);
    ReviewCycleTest.completeStep(cycle, "correct", resubmit(null));

    assertThat(cycle).isWaitingAt("unitReview");
    ReviewCycleTest.completeStep(cycle, "unitReview", decision("APPROVE"));
    assertThat(cycle).isWaitingAt("signOff");
    ReviewCycleTest.completeStep(cycle, "signOff", decision("SIGN"));
    assertThat(cycle).isEnded().hasPassed("End_CycleSigned");
  }

  @Test
  void correctingAfterTheReviewersReturn_withoutTheUnit_goesBackToTheReviewer() {
    ProcessInstance cycle = previousCycle("unitReview", decision("APPROVE"), "prefectureReview", decision("RETURN"));

    migrateToCurrent(cycle);
    ReviewCycleTest.completeStep(cycle, "correct", resubmit(false));

    assertThat(cycle).isWaitingAt("prefectureReview");
  }

  @Test
  void aReviewerWhoGotItBackFromTheLeader_returnsItToTheFilerByDefault() {
    // the previous model left the leader's returnTo=REVIEWER standing at prefectureReview
    ProcessInstance cycle = previousCycle("unitReview", decision("APPROVE"), "prefectureReview", decision("APPROVE"),
        "signOff", returnTo("REVIEWER"));
    assertThat(cycle).isWaitingAt("prefectureReview");

    migrateToCurrent(cycle);
    ReviewCycleTest.completeStep(cycle, "prefectureReview", decision("RETURN"));

    assertThat(cycle).isWaitingAt("correct");
  }

  @Test
  void aLeaderOfAnEarlierCycle_mayReturnToTheUnitHead() {
    ProcessInstance cycle = previousCycle("unitReview", decision("APPROVE"), "prefectureReview", decision("APPROVE"));

    migrateToCurrent(cycle);
    ReviewCycleTest.completeStep(cycle, "signOff", returnTo("UNIT_HEAD"));

    assertThat(cycle).isWaitingAt("unitReview");
    ReviewCycleTest.completeStep(cycle, "unitReview", decision("APPROVE"));
    assertThat(cycle).isWaitingAt("signOff");
  }

  @Test
  void theOpenTasksTimersKeepTheirDates() {
    ProcessInstance cycle = previousCycle("unitReview", decision("APPROVE"));
    Date due = timerJob(cycle, "Timer_PrefectureReviewSla").getDuedate();
    String taskId = task(cycle).getId();

    migrateToCurrent(cycle);

    assertThat(timerJob(cycle, "Timer_PrefectureReviewSla").getDuedate()).isEqualTo(due);
    assertThat(task(cycle).getId()).as("the same task, still in the inbox").isEqualTo(taskId);
    complete(task(cycle), decision("APPROVE"));
    assertThat(cycle).isWaitingAt("signOff");
  }
}
