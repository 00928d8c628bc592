package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Maven project's tests without a Maven per step: the first {@link #compile()} runs Maven once ({@code
 * test-compile}, the resolved test class path, the effective POM); later compiles run javac in this JVM on the test
 * sources that changed ({@link InProcessCompiler}), and every run forks one {@code java} with the JaCoCo agent and the
 * JUnit Platform console launcher, whose XML reports are surefire's format. That saves Maven's start-up, about 1.5 to
 * 2 s, on every candidate's compile and on each of its runs.
 *
 * <p>It falls back to {@link MavenBuild} for the whole job, and logs why, when running without Maven cannot be
 * trusted to behave as surefire would: no JUnit Platform on the class path (JUnit 4 only, TestNG), surefire or
 * compiler settings it cannot carry over ({@link EffectivePom} reads them from the effective POM), a project level
 * newer than this JDK, or a JRE without a compiler. A compile after a production source changed goes through Maven.
 */
public final class DirectJUnitBuild implements BuildTool {
    private static final Logger LOG = LoggerFactory.getLogger(DirectJUnitBuild.class);
    private static final String DEPENDENCY = "org.apache.maven.plugins:maven-dependency-plugin:3.9.0";
    private static final String HELP = "org.apache.maven.plugins:maven-help-plugin:3.5.1";

    private final MavenBuild maven;
    private final Map<String, String> environment;
    private final Duration timeout;
    private final Path localRepository;
    private DirectSetup setup;
    private IncrementalTestCompile tests;
    private ProcessRunner runner;
    private JUnitLaunch launch;
    private boolean fallback;
    private int forks;

    /** Same parameters as {@link MavenBuild#MavenBuild(Path, Map, Duration)}. */
    public DirectJUnitBuild(Path projectDir, Map<String, String> environment, Duration timeout) {
        this.maven = new MavenBuild(projectDir, environment, timeout);
        this.environment = Map.copyOf(requireNonNull(environment, "environment"));
        this.timeout = requireNonNull(timeout, "timeout");
        this.localRepository = JacocoAgent.localRepository(environment);
    }

    @Override
    public Path projectDir() {
        return maven.projectDir();
    }

    @Override
    public Path classesDir() {
        return setup == null ? maven.classesDir() : setup.classes();
    }

    @Override
    public BuildTool at(Path otherProjectDir) {
        return BuildTools.detect(otherProjectDir, environment, timeout);
    }

    @Override
    public synchronized int processCount() {
        return maven.processCount() + forks;
    }

    /** Whether tests run without Maven; known after the first {@link #compile()}. */
    public synchronized boolean direct() {
        return setup != null && !fallback;
    }

    @Override
    public synchronized CompileResult compile() {
        if (setup == null && !fallback) {
            return setUp();
        }
        if (fallback) {
            return maven.compile();
        }
        Optional<CompileResult> incremental = tests.compile();
        if (incremental.isPresent()) {
            return incremental.get();
        }
        LOG.info("a production source changed; compiling through Maven");
        CompileResult result = maven.compile();
        tests.markCompiled();
        return result;
    }

    @Override
    public synchronized TestRun run(TestSelection selection) {
        if (setup == null || fallback) {
            return maven.run(selection);
        }
        Path work = projectDir().resolve("target/goose-ci");
        Path reports = work.resolve("junit-reports");
        MavenBuild.deleteTree(reports);
        Optional<Path> exec = Optional.empty();
        Optional<String> agent = Optional.empty();
        if (selection.measureCoverage()) {
            Path file = work.resolve("coverage/direct-" + forks + ".exec");
            MavenBuild.clearFile(file);
            agent = Optional.of(JUnitLaunch.agent(maven.agentJar(), file));
            exec = Optional.of(file);
        }
        Path argFile = work.resolve("junit.args");
        write(argFile, JUnitLaunch.argFile(launch.args(selection, reports, agent)));
        forks++;
        ProcessResult result = runner.run(projectDir(), List.of(JUnitLaunch.java(environment), "@" + argFile), timeout);
        return new TestRun(SurefireReports.read(reports), exec.filter(Files::isRegularFile), result);
    }

    private CompileResult setUp() {
        Path work = projectDir().resolve("target/goose-ci");
        Path classpathFile = work.resolve("test-classpath.txt");
        Path pom = work.resolve("effective-pom.xml");
        MavenBuild.clearFile(classpathFile);
        MavenBuild.clearFile(pom);
        ProcessResult result = maven.maven(List.of(
                DEPENDENCY + ":build-classpath",
                "-Dmdep.outputFile=" + classpathFile,
                "-Dmdep.includeScope=test",
                HELP + ":effective-pom",
                "-Doutput=" + pom,
                "test-compile"));
        CompileResult compiledOnce =
                new CompileResult(result.succeeded(), CompilerErrors.parse(result.output()), result);
        if (!Files.isRegularFile(classpathFile) || !Files.isRegularFile(pom)) {
            fallBack(
                    compiledOnce,
                    "Maven wrote no class path or effective POM: " + CandidateValidator.tail(result.output()));
            // the plugins that write them may be what failed, before test-compile ran: compile on its own
            return result.succeeded() ? compiledOnce : maven.compile();
        }
        DirectSetup read = EffectivePom.read(pom, classpathFile).under(projectDir());
        if (!read.usable()) {
            return fallBack(compiledOnce, String.join("; ", read.unsupported()));
        }
        InProcessCompiler javac = InProcessCompiler.of(read);
        if (javac == null) {
            return fallBack(compiledOnce, "this JVM has no Java compiler (a JRE); run goose-ci on a JDK");
        }
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(read.environment());
        runner = new ProcessRunner(env);
        setup = read;
        launch = new JUnitLaunch(
                read,
                PlatformConsole.locate(
                        localRepository,
                        read.platformVersion().orElseThrow(),
                        coordinates -> maven.maven(List.of(DEPENDENCY + ":get", "-Dartifact=" + coordinates))));
        tests = new IncrementalTestCompile(read, javac, compiledOnce.succeeded());
        LOG.info(
                "running tests without Maven: JUnit Platform {}, javac {}",
                read.platformVersion().get(),
                read.compilerOptions());
        return compiledOnce;
    }

    private CompileResult fallBack(CompileResult compiledOnce, String why) {
        fallback = true;
        LOG.info("running every test through Maven, because {}", why);
        return compiledOnce;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
