package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code run_tests}: compiles the project and runs one test class with coverage, and tells the model the compiler
 * errors, the failures, and which changed lines and branches of its target the class newly covers. Each call after
 * the first is a repair round; the model gets {@code 1 + repairRounds} calls per target.
 */
final class RunTestsTool implements Tool {
    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"test_class\":{\"type\":\"string\","
            + "\"description\":\"the test class, fully qualified, e.g. com.example.FooGooseCandidateTest\"}},"
            + "\"required\":[\"test_class\"]}";

    private final BuildTool build;
    private final CoverageAnalyzer analyzer;
    private final CoverageSnapshot baseline;
    private final List<java.nio.file.Path> baselineExec;
    private final int maxCalls;
    private final AtomicInteger calls = new AtomicInteger();

    RunTestsTool(
            BuildTool build,
            CoverageAnalyzer analyzer,
            CoverageSnapshot baseline,
            List<java.nio.file.Path> baselineExec,
            int repairRounds) {
        this.build = requireNonNull(build, "build");
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.baseline = requireNonNull(baseline, "baseline");
        this.baselineExec = List.copyOf(baselineExec);
        this.maxCalls = repairRounds + 1;
    }

    @Override
    public ToolSpec spec() {
        return new ToolSpec(
                "run_tests",
                "Compile the project and run one test class with coverage. Returns compiler errors, failing"
                        + " tests, and the changed lines and branches the class newly covers.",
                SCHEMA);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(ObjectNode arguments) {
        String testClass = arguments.path("test_class").asText("");
        if (!testClass.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            return ToolResult.error(
                    "test_class must be a fully qualified class name such as com.x.FooTest, was '" + testClass + "'");
        }
        int call = calls.incrementAndGet();
        if (call > maxCalls) {
            return ToolResult.error("no repair rounds left (" + (maxCalls - 1) + " used); finish now");
        }
        synchronized (build) {
            return ToolResult.ok(runOnce(testClass));
        }
    }

    private String runOnce(String testClass) {
        CompileResult compiled = build.compile();
        if (!compiled.succeeded()) {
            List<String> lines = new ArrayList<>();
            lines.add("COMPILATION FAILED");
            compiled.errors().forEach(e -> lines.add(e.toString()));
            if (compiled.errors().isEmpty()) {
                lines.add(CandidateValidator.tail(compiled.process().output()));
            }
            return String.join("\n", lines);
        }
        TestRun run = build.run(TestSelection.of(testClass, List.of()).measured());
        List<String> lines = new ArrayList<>();
        lines.add("tests " + run.tests() + ", failures " + run.failures() + ", errors " + run.errors()
                + (run.process().timedOut() ? " (the build timed out)" : ""));
        for (TestCaseResult result : run.cases()) {
            if (!result.passed()) {
                lines.add(result.outcome() + " " + result.method() + ": " + result.message());
            }
        }
        if (run.tests() == 0) {
            lines.add("no test ran: check the class name and that its methods are annotated with @Test");
        }
        if (run.coverage().isPresent()) {
            List<java.nio.file.Path> merged = new ArrayList<>(baselineExec);
            merged.add(run.coverage().get());
            lines.add("newly covers: "
                    + analyzer.measure(merged).gainOver(baseline).describe());
        }
        return String.join("\n", lines);
    }
}
