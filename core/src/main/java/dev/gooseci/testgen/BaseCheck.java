package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the kept tests on the change's base commit and labels each one ({@link BaseLabel}): a test that passes there
 * is a regression test, one that fails or does not compile there documents what the change did. The base tree is
 * written to a temporary directory ({@link BaseTree}), never over the user's files, and built with the same kind of
 * build ({@link BuildTool#at}); the kept sources go in under their candidate names, so the compile gate can tell
 * which method does not compile. It costs one more build set-up and one run per kept class, and it never rejects: a
 * base that cannot be built gives {@link BaseLabel#UNKNOWN} with the reason.
 */
final class BaseCheck {
    private static final Logger LOG = LoggerFactory.getLogger(BaseCheck.class);

    private final BuildTool head;

    BaseCheck(BuildTool head) {
        this.head = requireNonNull(head, "head");
    }

    /**
     * @param kept the kept tests, in report order
     * @param sources their candidate sources, cut down to the kept methods
     * @return the kept tests with their labels, and the build processes the check started
     */
    Result label(String baseSha, List<KeptTest> kept, List<CompilationUnit> sources) {
        requireNonNull(baseSha, "baseSha");
        long start = System.nanoTime();
        Map<MethodId, BaseVerdict> labels = new HashMap<>();
        BuildTool base = null;
        Path temp = null;
        try {
            temp = Files.createTempDirectory("goose-base-").toRealPath();
            Path project = BaseTree.export(head.projectDir(), baseSha, temp);
            Map<Path, CandidateFile> files = write(project, sources);
            base = head.at(project);
            classify(base, baseSha, files, labels);
        } catch (IOException | RuntimeException e) {
            LOG.warn("the base check on {} failed", baseSha, e);
            String why = "the base check failed: " + e.getMessage();
            kept.forEach(k -> labels.putIfAbsent(k.id(), BaseVerdict.unknown(baseSha, why)));
        } finally {
            if (temp != null) {
                MavenBuild.deleteTree(temp);
            }
        }
        List<KeptTest> labelled = kept.stream()
                .map(k ->
                        k.withBase(labels.getOrDefault(k.id(), BaseVerdict.unknown(baseSha, "it did not run on base"))))
                .toList();
        labelled.forEach(
                k -> LOG.info("{} on base: {}", k.id(), k.base().orElseThrow().describe()));
        int builds = base == null ? 0 : base.processCount();
        LOG.info("base check on {}: {} processes in {} ms", baseSha, builds, (System.nanoTime() - start) / 1_000_000);
        return new Result(labelled, builds);
    }

    static void classify(
            BuildTool base, String sha, Map<Path, CandidateFile> files, Map<MethodId, BaseVerdict> labels) {
        Map<MethodId, Verdict> verdicts = new LinkedHashMap<>();
        files.values().forEach(f -> f.testMethods().forEach(m -> verdicts.put(CandidateValidator.id(f, m), null)));
        Map<Path, CandidateFile> compiled = new CompileGate(base, false).apply(files, verdicts);
        verdicts.forEach((id, verdict) -> {
            if (verdict != null) {
                labels.put(
                        id,
                        verdict.reason().startsWith(CompileGate.OWN_ERROR)
                                ? BaseVerdict.doesNotCompile(
                                        sha, verdict.reason().substring(CompileGate.OWN_ERROR.length()))
                                : BaseVerdict.unknown(sha, "the base does not build: " + verdict.reason()));
            }
        });
        for (CandidateFile file : compiled.values()) {
            List<String> methods = file.testMethods().stream()
                    .map(MethodDeclaration::getNameAsString)
                    .toList();
            TestRun run = base.run(TestSelection.of(file.className(), methods));
            methods.forEach(m -> labels.put(new MethodId(file.className(), m), outcome(run, m, sha)));
        }
    }

    static BaseVerdict outcome(TestRun run, String method, String sha) {
        if (run.process().timedOut()) {
            return BaseVerdict.unknown(sha, "its run on base timed out");
        }
        TestCaseResult result = run.find(method).orElse(null);
        if (result == null) {
            return BaseVerdict.unknown(
                    sha,
                    "it did not run on base ("
                            + CandidateValidator.tail(run.process().output()) + ")");
        }
        if (result.outcome() == TestCaseResult.Outcome.PASSED) {
            return BaseVerdict.passes(sha);
        }
        if (result.outcome() == TestCaseResult.Outcome.SKIPPED) {
            return BaseVerdict.unknown(sha, "it was skipped on base");
        }
        return BaseVerdict.fails(sha, result.message());
    }

    private static Map<Path, CandidateFile> write(Path project, List<CompilationUnit> sources) throws IOException {
        Map<Path, CandidateFile> files = new LinkedHashMap<>();
        for (CompilationUnit unit : sources) {
            String name = unit.getPrimaryTypeName()
                    .or(() -> unit.getTypes().getFirst().map(t -> t.getNameAsString()))
                    .orElseThrow();
            String pkg =
                    unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            String className = pkg.isEmpty() ? name : pkg + "." + name;
            Path path = project.resolve("src/test/java").resolve(ChangedLines.sourceOf(className));
            Files.createDirectories(path.getParent());
            Files.writeString(path, unit.toString(), StandardCharsets.UTF_8);
            files.put(path, CandidateFile.read(path).file().orElseThrow());
        }
        return files;
    }

    /** The kept tests with their labels, and how many build processes the check started. */
    record Result(List<KeptTest> kept, int builds) {
        Result {
            kept = List.copyOf(requireNonNull(kept, "kept"));
        }
    }
}
