package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The base check's classification against a scripted build (no real build: the whole check on a real project is in
 * {@link TestGeneratorITest}), and how its labels are rendered.
 */
class BaseCheckTest {
    static final String SHA = "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d";
    static final String CANDIDATE = """
            package com.example.shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class PricingGooseCandidateTest {
                @Test
                void keepsTotals() {
                    assertEquals(6, new Pricing().total(2, 3));
                }

                @Test
                void discountsTenOrMore() {
                    assertEquals(90, new Pricing().discounted(10, 10));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void shouldLabelAPassingTestARegressionTestAndAFailingOneABehaviourChange() throws Exception {
        ScriptedBuild base = new ScriptedBuild();
        base.compiles.add(compiled(List.of()));
        base.runs.add(run(
                passed("keepsTotals"),
                failed("discountsTenOrMore", "expected: <90> but was: <100>\n\tat PricingGooseCandidateTest.java:15")));

        Map<MethodId, BaseVerdict> labels = classify(base);

        assertThat(labels)
                .containsEntry(id("keepsTotals"), BaseVerdict.passes(SHA))
                .containsEntry(id("discountsTenOrMore"), BaseVerdict.fails(SHA, "expected: <90> but was: <100>"));
        assertThat(base.selections)
                .containsExactly(TestSelection.of(
                        "com.example.shop.PricingGooseCandidateTest", List.of("keepsTotals", "discountsTenOrMore")));
    }

    @Test
    void shouldLabelATestOfNewApiAsNotCompilingAndStillRunTheOthers() throws Exception {
        ScriptedBuild base = new ScriptedBuild();
        String file = candidate().toAbsolutePath().toString();
        base.compiles.add(compiled(List.of(new CompilerError(file, 15, 40, "cannot find symbol: method discounted"))));
        base.compiles.add(compiled(List.of()));
        base.runs.add(run(passed("keepsTotals")));

        Map<MethodId, BaseVerdict> labels = classify(base);

        assertThat(labels.get(id("discountsTenOrMore")))
                .isEqualTo(BaseVerdict.doesNotCompile(SHA, "cannot find symbol: method discounted (line 15)"));
        assertThat(labels.get(id("keepsTotals")).label()).isEqualTo(BaseLabel.PASSES_ON_BASE);
        assertThat(base.selections)
                .containsExactly(
                        TestSelection.of("com.example.shop.PricingGooseCandidateTest", List.of("keepsTotals")));
    }

    @Test
    void shouldLabelEveryTestUnknownWhenTheBaseItselfDoesNotCompile() throws Exception {
        ScriptedBuild base = new ScriptedBuild();
        base.compiles.add(compiled(List.of(new CompilerError("/base/src/main/java/A.java", 3, 1, "';' expected"))));

        Map<MethodId, BaseVerdict> labels = classify(base);

        assertThat(labels.values()).extracting(BaseVerdict::label).containsOnly(BaseLabel.UNKNOWN);
        assertThat(labels.get(id("keepsTotals")).detail())
                .startsWith("the base does not build: the project does not compile:")
                .contains("';' expected");
        assertThat(base.selections).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PASSED  | false | passes    | PASSES_ON_BASE | ''
            FAILED  | false | boom      | FAILS_ON_BASE  | boom
            ERROR   | false | NPE       | FAILS_ON_BASE  | NPE
            SKIPPED | false | ''        | UNKNOWN        | it was skipped on base
            PASSED  | true  | ''        | UNKNOWN        | its run on base timed out
            """)
    void shouldClassifyOneMethodsRunOnBase(
            TestCaseResult.Outcome outcome, boolean timedOut, String message, BaseLabel label, String detail) {
        TestRun run = new TestRun(
                List.of(new TestCaseResult("C", "m", outcome, message)),
                Optional.empty(),
                new ProcessResult(timedOut ? -1 : 0, "", timedOut, Duration.ZERO));

        assertThat(BaseCheck.outcome(run, "m", SHA)).isEqualTo(new BaseVerdict(label, SHA, detail));
    }

    @Test
    void shouldLabelAMethodThatDidNotRunUnknownWithTheBuildOutput() {
        TestRun run = new TestRun(
                List.of(), Optional.empty(), new ProcessResult(1, "no tests found\n", false, Duration.ZERO));

        assertThat(BaseCheck.outcome(run, "m", SHA))
                .isEqualTo(BaseVerdict.unknown(SHA, "it did not run on base (no tests found)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PASSES_ON_BASE           | ''              | regression test: passes on base 1a2b3c4
            FAILS_ON_BASE            | expected <90>   | behaviour change: fails on base 1a2b3c4: expected <90>
            DOES_NOT_COMPILE_ON_BASE | cannot find it  | behaviour change: new API, does not compile on base 1a2b3c4: cannot find it
            UNKNOWN                  | no pom.xml      | not known on base 1a2b3c4: no pom.xml
            """)
    void shouldDescribeEachLabel(BaseLabel label, String detail, String text) {
        assertThat(new BaseVerdict(label, SHA, detail).describe()).isEqualTo(text);
    }

    @Test
    void shouldRenderTheLabelPerKeptTestInMarkdownJsonAndTheCommitMessage() {
        KeptTest changed = kept("discountsTenOrMore").withBase(BaseVerdict.fails(SHA, "expected: <90> but was: <100>"));
        KeptTest unchecked = kept("keepsTotals");
        TestGenReport report = new TestGenReport(
                List.of("com.example.shop.Pricing"),
                List.of(),
                List.of(changed, unchecked),
                new CoverageSummary(0, 1, 0, 0),
                new CoverageSummary(1, 1, 0, 0),
                Usage.ZERO,
                Cost.UNKNOWN,
                List.of(),
                0,
                1L,
                List.of());

        String markdown = FunnelMarkdown.render(report);
        JsonNode json = FunnelJson.render(report);

        assertThat(markdown)
                .contains("| test | file | newly covers | on base | tokens | cost |")
                .contains("| behaviour change: fails on base 1a2b3c4: expected: <90> but was: <100> |")
                .contains("| not checked |");
        assertThat(json.at("/kept/0/base"))
                .isEqualTo(Json.parse(
                        "{\"label\":\"fails_on_base\",\"behaviour_change\":true,\"sha\":\"" + SHA + "\","
                                + "\"detail\":\"expected: <90> but was: <100>\"}",
                        "expected"));
        assertThat(json.at("/kept/1/base").isNull()).isTrue();
        assertThat(report.commitMessage())
                .contains("#discountsTenOrMore: lines com/x/A.java:1 (behaviour change: fails on base 1a2b3c4)\n")
                .contains("#keepsTotals: lines com/x/A.java:1\n");
    }

    private Map<MethodId, BaseVerdict> classify(ScriptedBuild base) throws Exception {
        Path path = candidate();
        Map<Path, CandidateFile> files = new LinkedHashMap<>();
        files.put(path, CandidateFile.read(path).file().orElseThrow());
        Map<MethodId, BaseVerdict> labels = new HashMap<>();
        BaseCheck.classify(base, SHA, files, labels);
        return labels;
    }

    private Path candidate() throws Exception {
        Path path = dir.resolve("src/test/java/com/example/shop/PricingGooseCandidateTest.java");
        if (!Files.exists(path)) {
            SampleProject.write(dir, "src/test/java/com/example/shop/PricingGooseCandidateTest.java", CANDIDATE);
        }
        return path;
    }

    private static KeptTest kept(String method) {
        CoverageGain gain = new CoverageGain(List.of(new SourceLine("com/x/A.java", 1)), new java.util.TreeMap<>());
        return new KeptTest(id(method), "src/test/java/com/example/shop/PricingGooseTest.java", gain, 0, Cost.UNKNOWN);
    }

    private static MethodId id(String method) {
        return new MethodId("com.example.shop.PricingGooseCandidateTest", method);
    }

    private static CompileResult compiled(List<CompilerError> errors) {
        return new CompileResult(
                errors.isEmpty(), errors, new ProcessResult(errors.isEmpty() ? 0 : 1, "", false, Duration.ZERO));
    }

    private static TestRun run(TestCaseResult... cases) {
        return new TestRun(List.of(cases), Optional.empty(), new ProcessResult(0, "", false, Duration.ZERO));
    }

    private static TestCaseResult passed(String method) {
        return new TestCaseResult(
                "com.example.shop.PricingGooseCandidateTest", method, TestCaseResult.Outcome.PASSED, "");
    }

    private static TestCaseResult failed(String method, String message) {
        return new TestCaseResult(
                "com.example.shop.PricingGooseCandidateTest", method, TestCaseResult.Outcome.FAILED, message);
    }

    /** A build of the base tree that answers from a script and records what it was asked to run. */
    static final class ScriptedBuild implements BuildTool {
        final Deque<CompileResult> compiles = new ArrayDeque<>();
        final Deque<TestRun> runs = new ArrayDeque<>();
        final List<TestSelection> selections = new ArrayList<>();

        @Override
        public Path projectDir() {
            return Path.of("/base");
        }

        @Override
        public Path classesDir() {
            return Path.of("/base/target/classes");
        }

        @Override
        public CompileResult compile() {
            return compiles.removeFirst();
        }

        @Override
        public TestRun run(TestSelection selection) {
            selections.add(selection);
            return runs.removeFirst();
        }

        @Override
        public BuildTool at(Path projectDir) {
            throw new UnsupportedOperationException("a scripted build has no copies");
        }
    }
}
