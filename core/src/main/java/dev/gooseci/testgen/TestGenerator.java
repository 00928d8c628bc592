package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.diff.ChangeSet;
import dev.gooseci.policy.PathSandbox;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.Toolbox;
import dev.gooseci.tool.developer.DeveloperExtension;
import dev.gooseci.tool.git.GitExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs assured test generation on one project: compile, measure the baseline coverage of the changed lines, then
 * per target class let an agent write candidate tests (tools: read-only developer and git tools, writes limited to
 * {@code src/test/java/**}, and {@code run_tests}), put every candidate method through the {@link Gate}s, merge the
 * kept ones, and measure coverage again; then, when the change has a base commit and the option is on, label the kept
 * tests by what they do on base ({@link BaseCheck}). Nothing is committed here; hosts commit {@link
 * TestGenReport#files()}.
 */
public final class TestGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(TestGenerator.class);

    private final BuildTool build;
    private final ChatProvider provider;
    private final String model;
    private final TestGenOptions options;

    public TestGenerator(BuildTool build, ChatProvider provider, String model, TestGenOptions options) {
        this.build = requireNonNull(build, "build");
        this.provider = requireNonNull(provider, "provider");
        this.model = requireNonNull(model, "model");
        this.options = requireNonNull(options, "options");
    }

    /**
     * @param change the change under test; its base commit, when named, is where the base check runs
     * @param explicitTargets classes to test instead of the changed ones; a class the change does not touch is
     *     measured on all its lines
     */
    public TestGenReport generate(ChangeSet change, List<String> explicitTargets) {
        ChangedLines changed = ChangedLines.of(change);
        List<String> targets = explicitTargets.isEmpty() ? changed.classNames() : List.copyOf(explicitTargets);
        ChangedLines lines = explicitTargets.isEmpty() ? changed : TargetLines.of(build.projectDir(), changed, targets);
        CompileResult compiled = build.compile();
        if (!compiled.succeeded()) {
            throw new BuildException("the project does not compile before any test is generated: "
                    + compiled.errors().stream()
                            .findFirst()
                            .map(Object::toString)
                            .orElse(CandidateValidator.tail(compiled.process().output()))
                    + "; fix the build first");
        }
        TestRun base = build.run(TestSelection.allMeasured());
        List<Path> baseExec = base.coverage().map(List::of).orElse(List.of());
        CoverageAnalyzer analyzer = new CoverageAnalyzer(build.classesDir(), lines);
        CoverageSnapshot baseline = analyzer.measure(baseExec);
        LOG.info(
                "baseline changed-line coverage: {}",
                CoverageSummary.of(baseline).text());

        List<Verdict> verdicts = new ArrayList<>();
        List<KeptTest> kept = new ArrayList<>();
        List<CompilationUnit> keptSources = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Path> afterExec = new ArrayList<>(baseExec);
        Usage usage = Usage.ZERO;
        CandidateValidator validator =
                new CandidateValidator(build, analyzer, baseline, baseExec, options.stabilityRuns(), options.seed());
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            LOG.info("target {}/{}: {}: the agent writes tests", i + 1, targets.size(), target);
            TestTree tree = TestTree.snapshot(build.projectDir());
            AgentResult result = runAgent(target, analyzer, baseline, baseExec);
            usage = usage.plus(result.usage());
            tree.restoreChanged().forEach(p -> notes.add("reverted the agent's edit of existing test " + relative(p)));
            Validation validation = validator.validate(tree.created());
            tree.created().forEach(TestGenerator::delete);
            verdicts.addAll(validation.verdicts());
            List<Verdict> keptHere =
                    validation.verdicts().stream().filter(Verdict::isKept).toList();
            if (keptHere.isEmpty()) {
                continue;
            }
            Path file = mergeTarget(target);
            String merged = new TestMerger().merge(read(file), className(file), validation.survivors());
            write(file, merged);
            keptSources.addAll(validation.survivors());
            files.add(relative(file));
            long tokens = result.usage().totalTokens() / keptHere.size();
            Cost cost = options.costMeter().cost(share(result.usage(), keptHere.size()));
            keptHere.forEach(v -> kept.add(new KeptTest(v.id(), relative(file), v.gain(), tokens, cost)));
            afterExec.addAll(validation.coverage().values());
        }
        CoverageSnapshot after = analyzer.measure(afterExec);
        BaseCheck.Result onBase = options.baseCheck() && !change.baseSha().isEmpty() && !kept.isEmpty()
                ? new BaseCheck(build).label(change.baseSha(), kept, keptSources)
                : new BaseCheck.Result(kept, 0);
        int builds = build.processCount() + onBase.builds();
        return new TestGenReport(
                targets,
                verdicts,
                onBase.kept(),
                CoverageSummary.of(baseline),
                CoverageSummary.of(after),
                usage,
                options.costMeter().cost(usage),
                files,
                builds,
                options.seed(),
                notes);
    }

    private AgentResult runAgent(String target, CoverageAnalyzer analyzer, CoverageSnapshot baseline, List<Path> exec) {
        PathSandbox sandbox = new PathSandbox(build.projectDir(), List.of("src/test/java/**"));
        RunTestsTool runTests = new RunTestsTool(build, analyzer, baseline, exec, options.repairRounds());
        try (Toolbox toolbox = Toolbox.of(List.of(
                DeveloperExtension.builder(sandbox).build(),
                new GitExtension(build.projectDir()),
                new RunTestsExtension(runTests)))) {
            AgentLoop loop =
                    new AgentLoop(provider, toolbox, ToolGate.ALLOW_ALL, options.agent(), new AgentListener() {});
            AgentResult result = loop.run(
                    model, TargetPrompt.SYSTEM, Conversation.of(Message.user(TargetPrompt.user(target, baseline))));
            LOG.info("agent for {} stopped: {}", target, result.stopReason());
            return result;
        }
    }

    private Path mergeTarget(String target) {
        Path dir = build.projectDir().resolve("src/test/java");
        Path existing = dir.resolve(target.replace('.', '/') + "Test.java");
        if (options.mergeIntoExisting() && Files.isRegularFile(existing)) {
            return existing;
        }
        return dir.resolve(target.replace('.', '/') + "GooseTest.java");
    }

    private String className(Path file) {
        return ChangedLines.className(build.projectDir()
                .resolve("src/test/java")
                .relativize(file)
                .toString()
                .replace('\\', '/'));
    }

    private static Usage share(Usage usage, int parts) {
        return new Usage(
                usage.inputTokens() / parts,
                usage.outputTokens() / parts,
                usage.cacheReadTokens() / parts,
                usage.cacheWriteTokens() / parts);
    }

    private String relative(Path file) {
        return build.projectDir().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
