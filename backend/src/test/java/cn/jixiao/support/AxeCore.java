package cn.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, in the version pinned by {@code backend/a11y/package-lock.json}: npm installs
 * it into {@code target/axe-core} (again only when the lock file changed), as BpmnLintTest installs bpmnlint in
 * the processes module; {@link Browser#axeViolations} loads its {@code axe.min.js} into the page. Needs node and
 * npm on the PATH, as the BPMN lint does.
 */
final class AxeCore {

    static final Path SOURCES = Path.of("a11y");
    static final Path DIR = Path.of("target", "axe-core");
    static final List<String> FILES = List.of("package.json", "package-lock.json");

    private static String script;

    private AxeCore() {
    }

    /** The text of axe.min.js, installed on first use. */
    static synchronized String script() {
        if (script == null) {
            try {
                install();
                script = Files.readString(DIR.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    private static void install() throws IOException {
        Files.createDirectories(DIR);
        boolean installed = Files.exists(DIR.resolve("node_modules/.package-lock.json"))
                && Files.exists(DIR.resolve("package-lock.json"))
                && Files.mismatch(SOURCES.resolve("package-lock.json"), DIR.resolve("package-lock.json")) == -1;
        if (installed) {
            return;
        }
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), DIR.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = DIR.resolve("npm.log");
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline").directory(DIR.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            fail("The accessibility checks need node and npm on the PATH (Debian: apt-get install nodejs npm; .ci/run "
                    + "installs them): " + e.getMessage());
            return;
        }
        try {
            boolean finished = npm.waitFor(10, TimeUnit.MINUTES);
            if (!finished) {
                npm.destroyForcibly().waitFor();
            }
            assertThat(finished && npm.exitValue() == 0).as("npm ci in %s:%n%s", DIR, Files.readString(log)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while npm installed axe-core", e);
        }
    }
}
