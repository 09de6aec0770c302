package cn.jixiao.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The models pass bpmnlint's {@code recommended} rules (the linter of Camunda Modeler) without an error or a
 * warning. The linter's version is pinned in {@code lint/package-lock.json}; npm installs it into
 * {@code target/bpmnlint}, and again only when the lock file changed. Needs node and npm on the PATH.
 */
class BpmnLintTest {

  static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  static final Path LINT_SOURCES = MODULE.resolve("lint");
  static final Path LINT_DIR = MODULE.resolve("target/bpmnlint");
  static final List<String> LINT_FILES = List.of("package.json", "package-lock.json", ".bpmnlintrc");

  record Outcome(int exitCode, String output) {
  }

  @BeforeAll
  static void installTheLinter() throws Exception {
    Files.createDirectories(LINT_DIR);
    boolean installed = Files.exists(LINT_DIR.resolve("node_modules/.package-lock.json"))
        && Files.mismatch(LINT_SOURCES.resolve("package-lock.json"), LINT_DIR.resolve("package-lock.json")) == -1;
    for (String file : LINT_FILES) {
      Files.copy(LINT_SOURCES.resolve(file), LINT_DIR.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!installed) {
      Outcome npmCi = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), 10);
      assertThat(npmCi.exitCode()).as("npm ci in %s:%n%s", LINT_DIR, npmCi.output()).isZero();
    }
  }

  @Test
  void theModelsPassTheRecommendedRules() throws Exception {
    List<Path> models;
    try (Stream<Path> files = Files.list(MODULE.resolve("src/main/resources/bpmn"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).hasSameSizeAs(ModelDeploymentTest.ALL_PROCESSES);

    Outcome lint = lint(models);

    assertThat(lint.exitCode()).as("bpmnlint found problems:%n%s", lint.output()).isZero();
    assertThat(lint.output()).as("bpmnlint output").isBlank();
  }

  @Test
  void theLinterReportsAFakeJoin() throws Exception {
    Outcome lint = lint(List.of(MODULE.resolve("src/test/resources/lint/fake-join.bpmn")));

    assertThat(lint.exitCode()).as(lint.output()).isNotZero();
    assertThat(lint.output()).contains("Task_Check", "fake-join", "1 problem (0 errors, 1 warning)");
  }

  /** Lints with {@code lint/.bpmnlintrc}; any warning makes the exit code non-zero. */
  static Outcome lint(List<Path> models) throws Exception {
    List<String> command = new ArrayList<>(List.of("npx", "--no-install", "bpmnlint", "--max-warnings=0"));
    models.forEach(model -> command.add(model.toString()));
    return run(command, 2);
  }

  /** Runs a command in {@link #LINT_DIR}; its output goes through a file so that the timeout holds. */
  static Outcome run(List<String> command, int timeoutMinutes) throws Exception {
    Path log = LINT_DIR.resolve(command.get(0) + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(LINT_DIR.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("NO_COLOR", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return fail("The BPMN lint needs node and npm on the PATH (Debian: apt-get install nodejs npm; .ci/run "
          + "installs them): " + e.getMessage());
    }
    boolean finished = process.waitFor(timeoutMinutes, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (!finished) {
      fail("%s did not finish in %d minutes:%n%s", command, timeoutMinutes, output);
    }
    return new Outcome(process.exitValue(), output);
  }
}
