package cn.jixiao.processes;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code performance-target} is wired to the shared review cycle (the tests are in {@link AbstractMainProcessTest}). */
@Deployment(resources = {"bpmn/performance-target.bpmn", "bpmn/review-cycle.bpmn"})
class PerformanceTargetProcessTest extends AbstractMainProcessTest {

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
    return "performance-target";
  }

  @Override
  String formType() {
    return "TARGET";
  }
}
