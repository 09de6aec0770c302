package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up for the model tests: a fixed engine clock, the backend's beans as Mockito stand-ins,
 * the start variables the backend sets, and helpers to move the clock and run due jobs (the job
 * executor is off, nothing sleeps).
 */
abstract class AbstractProcessTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** A Monday morning. */
  static final Instant NOW = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZONE).toInstant();
  static final Date REMINDER_DATE = Date.from(NOW.plus(Duration.ofDays(2)));
  static final Date DUE_DATE = Date.from(NOW.plus(Duration.ofDays(5)));

  static final long FORM_ID = 42L;
  static final String BUSINESS_KEY = String.valueOf(FORM_ID);
  static final String FILER = "ks_filer";
  static final String UNIT_HEAD_GROUP = "unit-head:12";
  static final String REVIEWER_GROUP = "reviewer:3";
  static final String LEADER_GROUP = "leader:3";

  static final String RECALL_MESSAGE = "recall";

  BackendStandIns backend;

  /** The engine of the concrete test class's extension. */
  protected abstract ProcessEngine processEngine();

  @BeforeEach
  void setUpEngineClockAndBackend() {
    init(processEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    backend = BackendStandIns.register();
  }

  @AfterEach
  void resetBackendAndClock() {
    BackendStandIns.reset();
    ClockUtil.reset();
  }

  /** The variables the backend sets when it starts a form's process. */
  static Map<String, Object> startVariables(String formType) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("formId", FORM_ID);
    variables.put("formType", formType);
    variables.put("filer", FILER);
    variables.put("unitHeadGroup", UNIT_HEAD_GROUP);
    variables.put("reviewerGroup", REVIEWER_GROUP);
    variables.put("leaderGroup", LEADER_GROUP);
    variables.put("dueDate", DUE_DATE);
    variables.put("reminderDate", REMINDER_DATE);
    return variables;
  }

  static Map<String, Object> decision(String decision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("decision", decision);
    return variables;
  }

  /** RETURN at prefectureReview or signOff, to {@code returnTo} (absent when null: the step's default). */
  static Map<String, Object> returnTo(String returnTo) {
    Map<String, Object> variables = decision("RETURN");
    if (returnTo != null) {
      variables.put("returnTo", returnTo);
    }
    return variables;
  }

  /** The filer's SUBMIT of a correction, with the prefecture's {@code correction.viaUnitHead} (absent when null). */
  static Map<String, Object> resubmit(Boolean viaUnitHead) {
    Map<String, Object> variables = decision("SUBMIT");
    if (viaUnitHead != null) {
      variables.put("correctionViaUnitHead", viaUnitHead);
    }
    return variables;
  }

  /** What the backend's recall endpoint does: correlate {@code recall} by the form id (= business key). */
  static MessageCorrelationResult recall() {
    return runtimeService().createMessageCorrelation(RECALL_MESSAGE)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlateWithResult();
  }

  static Date now() {
    return ClockUtil.getCurrentTime();
  }

  static void clockAt(Date date) {
    ClockUtil.setCurrentTime(date);
  }

  static void clockPlus(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  /** Runs every job that is due by the engine clock (what the job executor would do); returns how many ran. */
  static int executeDueJobs() {
    int executed = 0;
    for (int round = 0; round < 10; round++) {
      List<Job> due = managementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        managementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs keep becoming due: endless loop in a model?");
  }

  /** The single timer job of a boundary event in that process instance. */
  static Job timerJob(ProcessInstance processInstance, String timerEventId) {
    Job job = managementService().createJobQuery()
        .processInstanceId(processInstance.getId())
        .activityId(timerEventId)
        .timers()
        .singleResult();
    assertThat(job).as("timer job of %s", timerEventId).isNotNull();
    return job;
  }

  static long timerJobCount(ProcessInstance processInstance, String timerEventId) {
    return managementService().createJobQuery()
        .processInstanceId(processInstance.getId())
        .activityId(timerEventId)
        .timers()
        .count();
  }

  static long jobCount(ProcessInstance processInstance) {
    return managementService().createJobQuery().processInstanceId(processInstance.getId()).count();
  }

  /** A variable's last value from history (works after the instance ended). */
  static Object historicVariable(ProcessInstance processInstance, String name) {
    HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstance.getId())
        .variableName(name)
        .singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** How often an activity was entered in that process instance. */
  static long timesEntered(ProcessInstance processInstance, String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(processInstance.getId())
        .activityId(activityId)
        .count();
  }
}
