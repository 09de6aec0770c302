package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The backend hands the acting user and request to the delegates as a transient variable {@code step} on
 * {@code complete} and on the recall correlation (never stored, gone with the transaction). These tests show it
 * reaches the delegate of the step completed, whichever process it runs in, including through the call
 * activity's in-mapping of the main models into a called process, and that it is never stored.
 */
@Deployment(resources = {"bpmn/performance-monitoring.bpmn", "bpmn/review-cycle.bpmn"})
class StepVariableTest extends AbstractProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  static final String STEP = "step";

  /**
   * Stands in for the backend's step context. The backend's is an object value its engine holds with a serializer
   * that writes nothing (workflow.StepVariable); how a transient value travels does not depend on its type.
   */
  record Step(String actor, String taskKey) {
    StringValue value() {
      return Variables.stringValue(actor + "@" + taskKey, true);
    }
  }

  @Override
  protected ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  static VariableMap completing(String decision, Step step) {
    return Variables.createVariables().putValue("decision", decision)
        .putValueTyped(STEP, step.value());
  }

  static Object stepSeenBy(BackendStandIns backend, String bean) {
    List<BackendStandIns.Call> calls = backend.callsOf(bean);
    assertThat(calls).as(bean).isNotEmpty();
    return calls.get(calls.size() - 1).variables().get(STEP);
  }

  @Test
  void theStepReachesTheDelegatesOfTheMainProcessAndOfTheCycleAndIsNeverStored() {
    ProcessInstance form = runtimeService().startProcessInstanceByKey("performance-monitoring", BUSINESS_KEY,
        startVariables("MONITORING"));
    Step submit = new Step(FILER, "draft");
    taskService().complete(task(form).getId(), completing("SUBMIT", submit));
    assertThat(stepSeenBy(backend, "submitFormDelegate")).isEqualTo(submit.value().getValue());

    ProcessInstance cycle = calledProcessInstance(form);
    Step approve = new Step("ks_head", "unitReview");
    taskService().complete(task(cycle).getId(), completing("APPROVE", approve));
    assertThat(stepSeenBy(backend, "approveFormDelegate")).isEqualTo(approve.value().getValue());

    Step recall = new Step(FILER, "prefectureReview");
    runtimeService().createMessageCorrelation(RECALL_MESSAGE).processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable(STEP, recall.value())
        .correlateWithResult();
    assertThat(stepSeenBy(backend, "recallFormDelegate")).isEqualTo(recall.value().getValue());

    assertThat(runtimeService().createVariableInstanceQuery().variableName(STEP).count()).isZero();
    assertThat(runtimeService().getVariable(form.getId(), STEP)).isNull();
  }

  /**
   * The main models' call activity, as it is (its in-mappings), calling a probe whose first activity is a
   * delegate: what the acting step set on completing {@code draft} is there inside the called process.
   */
  @Test
  void theCallActivityHandsTheStepToTheCalledProcess() throws Exception {
    BpmnModelInstance main;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/performance-monitoring.bpmn")) {
      main = Bpmn.readModelFromStream(in);
    }
    main.getModelElementsByType(Process.class).iterator().next().setId("probe-main");
    main.<CallActivity>getModelElementById("CallActivity_ReviewCycle").setCalledElement("probe-cycle");
    BpmnModelInstance probe = Bpmn.createExecutableProcess("probe-cycle").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_Probe").camundaDelegateExpression("${approveFormDelegate}")
        .userTask("wait").endEvent().done();
    repositoryService().createDeployment().addModelInstance("probe-main.bpmn", main)
        .addModelInstance("probe-cycle.bpmn", probe).deploy();

    ProcessInstance form = runtimeService().startProcessInstanceByKey("probe-main", BUSINESS_KEY,
        startVariables("MONITORING"));
    Step submit = new Step(FILER, "draft");
    taskService().complete(task(form).getId(), completing("SUBMIT", submit));

    BackendStandIns.Call inCycle = backend.callsOf("approveFormDelegate").get(0);
    assertThat(inCycle.activityId()).isEqualTo("Task_Probe");
    assertThat(inCycle.variables()).containsEntry(STEP, submit.value().getValue()).containsEntry("formId", FORM_ID);
    assertThat(runtimeService().createVariableInstanceQuery().variableName(STEP).count()).isZero();
  }
}
