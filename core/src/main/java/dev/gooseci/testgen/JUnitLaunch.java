package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code java} command line of one run of the JUnit Platform console launcher on a project's tests: the project's
 * JVM arguments, the class path Maven resolved plus the console's jars, the selection, and JUnit's random method
 * order through the same configuration parameters {@link MavenBuild} passes to surefire.
 */
final class JUnitLaunch {
    /**
     * JVM options for a short run of a few methods: C1 only and the serial collector start the JVM in about half the
     * time, and change no test's outcome. Not for the baseline (the whole suite, where C2 pays off) nor when the
     * project's argLine tunes the JVM itself.
     */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The launcher's own classes, which the agent would otherwise instrument on every start, for nothing. */
    static final String NOT_MEASURED = "org.junit.*:org.opentest4j.*:org.apiguardian.*";
    /** Surefire's default includes ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}), top level only. */
    static final String SUREFIRE_INCLUDES = "^(.*\\.)?(Test[^.$]*|[^.$]*Test|[^.$]*Tests|[^.$]*TestCase)$";

    private final DirectSetup setup;
    private final List<Path> console;

    JUnitLaunch(DirectSetup setup, List<Path> console) {
        this.setup = requireNonNull(setup, "setup");
        this.console = List.copyOf(console);
    }

    /** The JaCoCo agent option writing to {@code exec}. */
    static String agent(Path agentJar, Path exec) {
        return JacocoAgent.option(agentJar, exec) + ",excludes=" + NOT_MEASURED;
    }

    /** The arguments after {@code java}, writing the XML reports to {@code reports}. */
    List<String> args(TestSelection selection, Path reports, Optional<String> agent) {
        List<String> args = new ArrayList<>();
        if (selection.className().isPresent() && setup.jvmArgs().stream().noneMatch(a -> a.startsWith("-XX:"))) {
            args.addAll(FAST_START);
        }
        args.addAll(setup.jvmArgs());
        agent.ifPresent(args::add);
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
        return args;
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

    /** The text of a {@code java @argfile}: one argument a line, quoted, backslashes and quotes escaped. */
    static String argFile(List<String> args) {
        return args.stream()
                .map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n"));
    }

    /** {@code $JAVA_HOME/bin/java} of the build's environment, as Maven would use, else this JVM's. */
    static String java(Map<String, String> environment) {
        String home = environment.getOrDefault("JAVA_HOME", System.getProperty("java.home"));
        Path java = Path.of(home, "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
