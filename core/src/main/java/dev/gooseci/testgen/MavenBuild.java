package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Maven as a {@link BuildTool}: {@code ./mvnw} when the project has it, else {@code mvn}. It compiles once with
 * {@code test-compile} and then runs single classes with {@code surefire:test -Dtest=...}, skipping the lifecycle.
 *
 * <p>The JaCoCo agent goes in through {@code -Dmaven.surefire.debug}, which surefire appends to the forked JVM's
 * command line as is. {@code -DargLine} is not robust: a POM that sets {@code <argLine>} in the plugin configuration
 * ignores it, and a POM that defines an {@code argLine} property and uses {@code @{argLine}} gets the POM's value,
 * because late replacement reads the model's properties, not the command line's. Either way the agent would be lost
 * or the project's own argLine replaced; the debug line leaves the project's argLine exactly as configured.
 *
 * <p>Builds run offline ({@code -o}) first; if Maven says an artifact is missing offline, that run and every later one
 * go online.
 */
public final class MavenBuild implements BuildTool {
    static final String RANDOM_ORDER = "org.junit.jupiter.api.MethodOrderer$Random";

    private final Path projectDir;
    private final Map<String, String> environment;
    private final ProcessRunner runner;
    private final Duration timeout;
    private final Path localRepository;
    private final AtomicInteger runs = new AtomicInteger();
    private volatile boolean offline;
    private volatile Path agentJar;

    /**
     * @param environment the complete environment of every build, already filtered ({@link
     *     dev.gooseci.policy.EnvFilter})
     * @param timeout how long one build may take before its process tree is killed
     */
    public MavenBuild(Path projectDir, Map<String, String> environment, Duration timeout) {
        this.projectDir = requireNonNull(projectDir, "projectDir").toAbsolutePath();
        this.environment = Map.copyOf(requireNonNull(environment, "environment"));
        this.runner = new ProcessRunner(withFastStart(environment));
        this.timeout = requireNonNull(timeout, "timeout");
        this.localRepository = JacocoAgent.localRepository(environment);
        this.offline = true;
    }

    @Override
    public Path projectDir() {
        return projectDir;
    }

    @Override
    public Path classesDir() {
        return projectDir.resolve("target/classes");
    }

    @Override
    public BuildTool at(Path otherProjectDir) {
        return new MavenBuild(otherProjectDir, environment, timeout);
    }

    @Override
    public int processCount() {
        return runs.get();
    }

    @Override
    public CompileResult compile() {
        ProcessResult result = maven(List.of("test-compile"));
        return new CompileResult(result.succeeded(), CompilerErrors.parse(result.output()), result);
    }

    @Override
    public TestRun run(TestSelection selection) {
        Path reports = projectDir.resolve("target/surefire-reports");
        deleteTree(reports);
        List<String> args = new ArrayList<>(List.of(
                "surefire:test",
                "-Dsurefire.failIfNoSpecifiedTests=false",
                "-DfailIfNoTests=false",
                "-Dmaven.test.failure.ignore=true",
                "-DtrimStackTrace=true"));
        selection.surefireFilter().ifPresent(filter -> args.add("-Dtest=" + filter));
        selection.randomSeed().ifPresent(seed -> {
            args.add("-Djunit.jupiter.testmethod.order.default=" + RANDOM_ORDER);
            args.add("-Djunit.jupiter.execution.order.random.seed=" + seed);
        });
        Optional<Path> exec = Optional.empty();
        if (selection.measureCoverage()) {
            Path file = projectDir.resolve("target/goose-ci/coverage/run-" + runs.get() + ".exec");
            clearFile(file);
            args.add("-Dmaven.surefire.debug=" + JacocoAgent.option(agentJar(), file));
            exec = Optional.of(file);
        }
        ProcessResult result = maven(args);
        List<TestCaseResult> cases = SurefireReports.read(reports);
        return new TestRun(cases, exec.filter(Files::isRegularFile), result);
    }

    /** The JaCoCo agent jar, from the local repository or fetched into it once with {@code dependency:get}. */
    Path agentJar() {
        if (agentJar == null) {
            agentJar = JacocoAgent.locate(
                    localRepository,
                    JacocoAgent.version(),
                    coordinates -> maven(List.of("dependency:get", "-Dtransitive=false", "-Dartifact=" + coordinates)));
        }
        return agentJar;
    }

    ProcessResult maven(List<String> goals) {
        ProcessResult result = runOnce(goals, offline);
        if (offline && !result.succeeded() && missingOffline(result.output())) {
            offline = false;
            result = runOnce(goals, false);
        }
        return result;
    }

    private ProcessResult runOnce(List<String> goals, boolean offlineRun) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(List.of("-B", "-q", "-Dstyle.color=never"));
        if (offlineRun) {
            command.add("-o");
        }
        command.addAll(goals);
        runs.incrementAndGet();
        return runner.run(projectDir, command, timeout);
    }

    static boolean missingOffline(String output) {
        return output.contains("in offline mode") || output.contains("offline mode and the artifact");
    }

    private String executable() {
        boolean windows = System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("win");
        Path wrapper = projectDir.resolve(windows ? "mvnw.cmd" : "mvnw");
        if (Files.isRegularFile(wrapper) && (windows || Files.isExecutable(wrapper))) {
            return wrapper.toString();
        }
        return windows ? "mvn.cmd" : "mvn";
    }

    /** Maven starts faster with C1 only; a project's own MAVEN_OPTS wins. */
    private static Map<String, String> withFastStart(Map<String, String> environment) {
        if (environment.containsKey("MAVEN_OPTS")) {
            return environment;
        }
        Map<String, String> copy = new java.util.HashMap<>(environment);
        copy.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return copy;
    }

    /** Makes room for a file a build will write: its directory exists and no stale copy remains. */
    static void clearFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
