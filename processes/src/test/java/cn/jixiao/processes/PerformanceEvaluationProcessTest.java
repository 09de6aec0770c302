package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** {@code performance-evaluation}: like the others, plus the evaluation report check before the cycle. */
@Deployment(resources = {"bpmn/performance-evaluation.bpmn", "bpmn/review-cycle.bpmn"})
class PerformanceEvaluationProcessTest extends AbstractMainProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("review-cycle") // covered in full by ReviewCycleTest
      .assertClassCoverageAtLeast(1.0)
      .build();

  @Override
  protected ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @Override
  String processKey() {
    return "performance-evaluation";
  }

  @Override
  String formType() {
    return "EVALUATION";
  }

  @Override
  boolean checksReport() {
    return true;
  }

  @Test
  void theReportIsCheckedAfterSubmitAndBeforeTheCycle() throws Exception {
    ProcessInstance form = startForm();

    ProcessInstance cycle = submit(form);

    InOrder inOrder = inOrder(backend.submitForm(), backend.reportCheck());
    inOrder.verify(backend.submitForm()).execute(any());
    inOrder.verify(backend.reportCheck()).execute(any());
    assertThat(form).hasPassedInOrder("draft", "Task_SubmitForm", "Task_CheckReport").isWaitingAt("CallActivity_ReviewCycle");
    assertThat(backend.callsOf("reportCheckDelegate")).singleElement().satisfies(call -> {
      assertThat(call.activityId()).isEqualTo("Task_CheckReport");
      assertThat(call.variables()).containsEntry("formId", FORM_ID).containsEntry("formType", "EVALUATION");
    });
    assertThat(cycle).isWaitingAt("unitReview");
  }

  @Test
  void aFailingReportCheckKeepsTheFormInDraft() throws Exception {
    doThrow(new ProcessEngineException("评价报告未上传")).when(backend.reportCheck()).execute(any());
    ProcessInstance form = startForm();
    Task draft = task(form);

    assertThatThrownBy(() -> complete(draft, decision("SUBMIT")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("评价报告未上传");

    assertThat(form).isWaitingAt("draft");
    assertThat(task(form).getId()).isEqualTo(draft.getId());
    assertThat(form).hasNotPassed("CallActivity_ReviewCycle");
    verifyNoInteractions(backend.approveForm());
  }
}
