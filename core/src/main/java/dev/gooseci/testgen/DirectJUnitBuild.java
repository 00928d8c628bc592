package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
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
    /** Surefire's default includes ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}), top level only. */
    static final String SUREFIRE_INCLUDES = "^(.*\\.)?(Test[^.$]*|[^.$]*Test|[^.$]*Tests|[^.$]*TestCase)$";

    /**
     * JVM options for a short run of a few methods: C1 only and the serial collector start the JVM in about half the
     * time, and change no test's outcome. Not for the baseline (the whole suite, where C2 pays off) nor when the
     * project's argLine tunes the JVM itself.
     */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The launcher's own classes, which the agent would otherwise instrument on every start, for nothing. */
    static final String NOT_MEASURED = "org.junit.*:org.opentest4j.*:org.apiguardian.*";

    private final MavenBuild maven;
    private final Map<String, String> environment;
    private final Duration timeout;
    private final Path localRepository;
    private final Map<Path, Long> compiled = new HashMap<>();
    private DirectSetup setup;
    private InProcessCompiler javac;
    private ProcessRunner runner;
    private List<Path> console;
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
        Map<Path, Long> now = snapshot(setup);
        List<Path> changed = new ArrayList<>();
        now.forEach((file, time) -> {
            if (!time.equals(compiled.get(file))) {
                changed.add(file);
            }
        });
        boolean mainChanged = changed.stream().anyMatch(f -> !f.startsWith(setup.testSources()))
                || compiled.keySet().stream().anyMatch(f -> !now.containsKey(f) && !f.startsWith(setup.testSources()));
        if (mainChanged) {
            LOG.info("a production source changed; compiling through Maven");
            CompileResult result = maven.compile();
            remember(now);
            return result;
        }
        for (Path gone : compiled.keySet()) {
            if (!now.containsKey(gone)) {
                InProcessCompiler.deleteClasses(setup.testClasses(), className(gone));
            }
        }
        changed.forEach(f -> InProcessCompiler.deleteClasses(setup.testClasses(), className(f)));
        CompileResult result = javac.compile(changed);
        if (result.succeeded()) {
            remember(now);
        }
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
        List<String> args = new ArrayList<>();
        if (selection.className().isPresent() && setup.jvmArgs().stream().noneMatch(a -> a.startsWith("-XX:"))) {
            args.addAll(FAST_START);
        }
        args.addAll(setup.jvmArgs());
        Optional<Path> exec = Optional.empty();
        if (selection.measureCoverage()) {
            Path file = work.resolve("coverage/direct-" + forks + ".exec");
            delete(file);
            args.add("-javaagent:" + maven.agentJar() + "=destfile=" + file + ",append=false,excludes=" + NOT_MEASURED);
            exec = Optional.of(file);
        }
        args.addAll(List.of("-cp", classpath(), PlatformConsole.MAIN));
        if (PlatformConsole.hasSubcommands(setup.platformVersion().orElseThrow())) {
            args.add("execute");
        }
        args.addAll(List.of("--disable-banner", "--disable-ansi-colors", "--details=none", "--reports-dir=" + reports));
        args.addAll(selectors(selection));
        selection.randomSeed().ifPresent(seed -> {
            args.add("--config=junit.jupiter.testmethod.order.default=" + MavenBuild.RANDOM_ORDER);
            args.add("--config=junit.jupiter.execution.order.random.seed=" + seed);
        });
        Path argFile = work.resolve("junit.args");
        write(argFile, args.stream().map(DirectJUnitBuild::quote).collect(Collectors.joining("\n")));
        forks++;
        ProcessResult result = runner.run(projectDir(), List.of(java(), "@" + argFile), timeout);
        return new TestRun(SurefireReports.read(reports), exec.filter(Files::isRegularFile), result);
    }

    private CompileResult setUp() {
        Path work = projectDir().resolve("target/goose-ci");
        Path classpathFile = work.resolve("test-classpath.txt");
        Path pom = work.resolve("effective-pom.xml");
        delete(classpathFile);
        delete(pom);
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
            return fallBack(
                    compiledOnce,
                    "Maven wrote no class path or effective POM: " + CandidateValidator.tail(result.output()));
        }
        DirectSetup read = EffectivePom.read(pom, classpathFile);
        if (!read.usable()) {
            return fallBack(compiledOnce, String.join("; ", read.unsupported()));
        }
        javac = InProcessCompiler.of(read);
        if (javac == null) {
            return fallBack(compiledOnce, "this JVM has no Java compiler (a JRE); run goose-ci on a JDK");
        }
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(read.environment());
        runner = new ProcessRunner(env);
        setup = read;
        console = PlatformConsole.locate(
                localRepository,
                read.platformVersion().orElseThrow(),
                coordinates -> maven.maven(List.of(DEPENDENCY + ":get", "-Dartifact=" + coordinates)));
        remember(snapshot(read));
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

    private List<String> selectors(TestSelection selection) {
        if (selection.className().isEmpty()) {
            return List.of("--scan-classpath=" + setup.testClasses(), "--include-classname=" + SUREFIRE_INCLUDES);
        }
        String className = selection.className().get();
        if (selection.methods().isEmpty()) {
            return List.of("--select-class=" + className);
        }
        return selection.methods().stream()
                .map(m -> "--select-method=" + className + "#" + m)
                .toList();
    }

    private String classpath() {
        List<Path> path = new ArrayList<>(List.of(setup.testClasses(), setup.classes()));
        path.addAll(setup.classpath());
        path.addAll(console);
        return path.stream().map(Path::toString).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    /** A fingerprint of every source file (content, not time: a candidate is often rewritten within a millisecond). */
    private static Map<Path, Long> snapshot(DirectSetup of) {
        Map<Path, Long> prints = new HashMap<>();
        for (Path root : List.of(of.sources(), of.testSources())) {
            for (Path file : TestTree.javaFiles(root)) {
                try {
                    CRC32 crc = new CRC32();
                    crc.update(Files.readAllBytes(file));
                    prints.put(file, crc.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return prints;
    }

    private void remember(Map<Path, Long> times) {
        compiled.clear();
        compiled.putAll(times);
    }

    private String className(Path source) {
        String relative = setup.testSources().relativize(source).toString().replace(File.separatorChar, '.');
        return relative.substring(0, relative.length() - ".java".length());
    }

    private String java() {
        String home = environment.getOrDefault("JAVA_HOME", System.getProperty("java.home"));
        Path java = Path.of(home, "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /** One argument of a {@code java @argfile}: quoted, with backslashes and quotes escaped. */
    static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
