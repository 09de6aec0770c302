package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The models as files: they all deploy together, and they keep the contract with the backend (task keys,
 * assignments, delegate beans, call activity, recall message, timers, diagram information).
 * A typo in a model fails this test.
 */
class ModelDeploymentTest {

  static final String DIR = "bpmn/";
  static final List<String> MAIN_PROCESSES =
      List.of("performance-target", "performance-monitoring", "performance-evaluation");
  static final String CYCLE = "review-cycle";
  static final String RECTIFICATION = "rectification";
  static final List<String> ALL_PROCESSES =
      List.of("performance-target", "performance-monitoring", "performance-evaluation", CYCLE, RECTIFICATION);

  /** Every user task key and how it is assigned (the ids are the task definition keys the backend uses). */
  static final Map<String, String> USER_TASKS = Map.of(
      "draft", "assignee=${filer}",
      "unitReview", "candidateGroups=${unitHeadGroup}",
      "prefectureReview", "candidateGroups=${reviewerGroup}",
      "correct", "assignee=${filer}",
      "signOff", "candidateGroups=${leaderGroup}",
      "rectify", "assignee=${filer}",
      "rectifyReview", "candidateGroups=${unitHeadGroup}",
      "rectifyVerify", "candidateGroups=${reviewerGroup}");

  static final Map<String, String> TASK_NAMES = Map.of(
      "draft", "填报",
      "unitReview", "单位审核上报",
      "prefectureReview", "地区审核",
      "correct", "退回修改",
      "signOff", "领导签发",
      "rectify", "整改填报",
      "rectifyReview", "整改单位审核",
      "rectifyVerify", "整改地区核验");

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  String deploymentId;

  @AfterEach
  void undeploy() {
    if (deploymentId != null) {
      extension.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  static BpmnModelInstance model(String processId) {
    try (InputStream in = ModelDeploymentTest.class.getClassLoader().getResourceAsStream(DIR + processId + ".bpmn")) {
      assertThat(in).as("%s%s.bpmn on the classpath", DIR, processId).isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Bpmn.validateModel(model);
      return model;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> allProcesses() {
    return ALL_PROCESSES.stream();
  }

  static Stream<String> mainProcesses() {
    return MAIN_PROCESSES.stream();
  }

  static <T extends BaseElement> Map<String, T> byId(BpmnModelInstance model, Class<T> type) {
    return model.getModelElementsByType(type).stream().collect(Collectors.toMap(BaseElement::getId, Function.identity()));
  }

  // ------------------------------------------------------------------ deployment

  @Test
  void allModelsDeployTogether() throws Exception {
    RepositoryService repository = extension.getRepositoryService();
    DeploymentBuilder deployment = repository.createDeployment().name("jixiao-processes-test");
    for (String processId : ALL_PROCESSES) {
      deployment.addClasspathResource(DIR + processId + ".bpmn");
    }
    deploymentId = deployment.deploy().getId();

    List<ProcessDefinition> definitions =
        repository.createProcessDefinitionQuery().deploymentId(deploymentId).list();
    assertThat(definitions).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrderElementsOf(ALL_PROCESSES);
    assertThat(definitions).allSatisfy(definition -> {
      assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive of %s", definition.getKey()).isEqualTo(3650);
      assertThat(definition.isStartableInTasklist()).as("started by the backend only").isFalse();
      assertThat(definition.getName()).isNotBlank();
    });
  }

  @Test
  void everyModelFileInTheFolderIsOneOfTheFive() throws IOException, URISyntaxException {
    URL folder = getClass().getClassLoader().getResource(DIR);
    assertThat(folder).isNotNull();
    try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ALL_PROCESSES.stream().map(p -> p + ".bpmn").toList());
    }
  }

  // ------------------------------------------------------------------ every model

  @ParameterizedTest
  @MethodSource("allProcesses")
  void isExecutableNamedAfterItsFileAndScriptFree(String processId) {
    BpmnModelInstance model = model(processId);
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).singleElement().satisfies(process -> {
      assertThat(process.getId()).isEqualTo(processId);
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
    });
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("allProcesses")
  void hasCompleteDiagramInformation(String processId) {
    BpmnModelInstance model = model(processId);
    Map<String, BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), Function.identity()));
    Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), Function.identity()));

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s", node.getId()).containsKey(node.getId());
      BpmnShape shape = shapes.get(node.getId());
      assertThat(shape.getBounds().getWidth()).isPositive();
      assertThat(shape.getBounds().getX()).isNotNegative();
      assertThat(shape.getBounds().getY()).isNotNegative();
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of %s", flow.getId()).containsKey(flow.getId());
      assertThat(edges.get(flow.getId()).getWaypoints()).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
    }
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      // a boundary event sits on the border of its task
      var task = shapes.get(event.getAttachedTo().getId()).getBounds();
      var own = shapes.get(event.getId()).getBounds();
      double cx = own.getX() + own.getWidth() / 2;
      double cy = own.getY() + own.getHeight() / 2;
      boolean onHorizontalBorder = (cy == task.getY() || cy == task.getY() + task.getHeight())
          && cx >= task.getX() && cx <= task.getX() + task.getWidth();
      boolean onVerticalBorder = (cx == task.getX() || cx == task.getX() + task.getWidth())
          && cy >= task.getY() && cy <= task.getY() + task.getHeight();
      assertThat(onHorizontalBorder || onVerticalBorder).as("%s on the border of %s", event.getId(), task).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("allProcesses")
  void userTasksHaveTheContractKeysNamesAndAssignments(String processId) {
    for (UserTask task : model(processId).getModelElementsByType(UserTask.class)) {
      assertThat(USER_TASKS).as("task key %s", task.getId()).containsKey(task.getId());
      String assignment = task.getCamundaAssignee() != null
          ? "assignee=" + task.getCamundaAssignee()
          : "candidateGroups=" + task.getCamundaCandidateGroups();
      assertThat(assignment).as("assignment of %s (never a hard-coded group)", task.getId())
          .isEqualTo(USER_TASKS.get(task.getId()));
      assertThat(task.getName()).isEqualTo(TASK_NAMES.get(task.getId()));
    }
  }

  @ParameterizedTest
  @MethodSource("allProcesses")
  void idsAreReadable(String processId) {
    for (BaseElement element : model(processId).getModelElementsByType(FlowNode.class)) {
      assertThat(element.getId()).matches(
          id -> USER_TASKS.containsKey(id) || id.matches("(Start|End|Task|Gateway|Timer|Boundary|CallActivity)_[A-Z][A-Za-z]+"),
          "readable id");
    }
    for (SequenceFlow flow : model(processId).getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("Flow_[A-Z][A-Za-z]+");
    }
  }

  @ParameterizedTest
  @MethodSource("allProcesses")
  void exclusiveGatewaysRouteOnConditionsOrAnExplicitDefault(String processId) {
    for (ExclusiveGateway gateway : model(processId).getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() < 2) {
        continue;
      }
      for (SequenceFlow flow : gateway.getOutgoing()) {
        ConditionExpression condition = flow.getConditionExpression();
        boolean isDefault = flow.equals(gateway.getDefault());
        assertThat(isDefault || condition != null).as("%s has a condition or is the default", flow.getId()).isTrue();
      }
    }
  }

  // ------------------------------------------------------------------ main processes

  @ParameterizedTest
  @MethodSource("mainProcesses")
  void mainProcessCallsTheSharedCycle(String processId) {
    BpmnModelInstance model = model(processId);
    assertThat(model.getModelElementsByType(CallActivity.class)).singleElement().satisfies(call -> {
      assertThat(call.getId()).isEqualTo("CallActivity_ReviewCycle");
      assertThat(call.getCalledElement()).isEqualTo(CYCLE);
      List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
      assertThat(ins).anySatisfy(in -> assertThat(in.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
      assertThat(ins).anySatisfy(in -> assertThat(in.getCamundaVariables()).isEqualTo("all"));
      List<CamundaOut> outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
      assertThat(outs).anySatisfy(out -> assertThat(out.getCamundaVariables()).isEqualTo("all"));
    });
    // the cycle is not copied into the main process
    assertThat(model.getModelElementsByType(UserTask.class)).extracting(BaseElement::getId).containsExactly("draft");
    assertThat(byId(model, FlowNode.class)).containsKeys("Start_Form", "draft", "Task_SubmitForm",
        "Gateway_CycleOutcome", "End_Signed");
  }

  @Test
  void delegateBeansUsedByTheModelsAreExactlyTheContract() {
    Set<String> used = new TreeSet<>();
    for (String processId : ALL_PROCESSES) {
      for (ServiceTask task : model(processId).getModelElementsByType(ServiceTask.class)) {
        String expression = task.getCamundaDelegateExpression();
        assertThat(expression).as("%s in %s", task.getId(), processId).matches("\\$\\{[a-zA-Z]+}");
        assertThat(task.getCamundaClass()).isNull();
        assertThat(task.getCamundaExpression()).isNull();
        used.add(expression.substring(2, expression.length() - 1));
      }
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(BackendStandIns.DELEGATE_BEANS);
  }

  @Test
  void onlyTheEvaluationChecksTheReport() {
    for (String processId : MAIN_PROCESSES) {
      boolean checks = model(processId).getModelElementsByType(ServiceTask.class).stream()
          .anyMatch(t -> "${reportCheckDelegate}".equals(t.getCamundaDelegateExpression()));
      assertThat(checks).as(processId).isEqualTo(processId.equals("performance-evaluation"));
    }
  }

  // ------------------------------------------------------------------ review cycle

  @Test
  void recallIsOfferedOnTheThreeReviewStepsOnly() {
    BpmnModelInstance model = model(CYCLE);
    assertThat(model.getModelElementsByType(Message.class)).singleElement().satisfies(message -> {
      assertThat(message.getId()).isEqualTo("Message_Recall");
      assertThat(message.getName()).isEqualTo("recall");
    });
    Set<String> recallable = new TreeSet<>();
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      if (!event.getEventDefinitions().isEmpty() && event.getEventDefinitions().iterator().next() instanceof MessageEventDefinition) {
        assertThat(event.cancelActivity()).as("recall interrupts %s", event.getId()).isTrue();
        recallable.add(event.getAttachedTo().getId());
      }
    }
    assertThat(recallable).containsExactlyInAnyOrder("unitReview", "prefectureReview", "signOff");
  }

  @ParameterizedTest
  @MethodSource("allProcesses")
  void timersAreNonInterruptingAndUseTheContractDates(String processId) {
    for (BoundaryEvent event : model(processId).getModelElementsByType(BoundaryEvent.class)) {
      TimerEventDefinition timer = event.getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
          .findFirst().orElse(null);
      if (timer == null) {
        continue;
      }
      assertThat(event.cancelActivity()).as("%s is non-interrupting", event.getId()).isFalse();
      String date = timer.getTimeDate().getTextContent();
      String task = event.getAttachedTo().getId();
      if (task.equals("draft") || task.equals("correct") || task.equals("rectify")) {
        assertThat(date).isIn("${reminderDate}", "${dueDate}");
      } else {
        assertThat(task).isIn("unitReview", "prefectureReview", "signOff", "rectifyReview", "rectifyVerify");
        assertThat(date).isEqualTo("${deadlineCalendar.reviewReminderAt(execution)}");
      }
    }
  }

  @Test
  void outcomesAreSetWithoutScripts() {
    BpmnModelInstance model = model(CYCLE);
    Map<String, String> outcomeByEnd = new java.util.HashMap<>();
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      assertThat(listener.getCamundaScript()).isNull();
      assertThat(listener.getCamundaExpression()).startsWith("${execution.");
      if (listener.getCamundaExpression().contains("cycleOutcome")) {
        String end = ((BaseElement) listener.getParentElement().getParentElement()).getId();
        outcomeByEnd.put(end, listener.getCamundaExpression());
      }
    }
    assertThat(outcomeByEnd).containsOnlyKeys("End_CycleSigned", "End_CycleRecalled");
    assertThat(outcomeByEnd.get("End_CycleSigned")).contains("'SIGNED'");
    assertThat(outcomeByEnd.get("End_CycleRecalled")).contains("'RECALLED'");
  }

  @Test
  void engineParsesEveryModelOnItsOwnBesidesTheCycle() {
    // each main process also deploys alone (the call activity resolves the cycle at run time only)
    ProcessEngine engine = extension.getProcessEngine();
    for (String processId : MAIN_PROCESSES) {
      String id = engine.getRepositoryService().createDeployment()
          .addClasspathResource(DIR + processId + ".bpmn").deploy().getId();
      engine.getRepositoryService().deleteDeployment(id, true);
    }
  }
}
