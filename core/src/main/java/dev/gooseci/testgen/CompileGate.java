package dev.gooseci.testgen;

import static dev.gooseci.testgen.CandidateValidator.cut;
import static dev.gooseci.testgen.CandidateValidator.deleteQuietly;
import static dev.gooseci.testgen.CandidateValidator.id;
import static dev.gooseci.testgen.CandidateValidator.keptNames;
import static dev.gooseci.testgen.CandidateValidator.none;
import static dev.gooseci.testgen.CandidateValidator.tail;
import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.body.MethodDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gate 1: the candidates compile. A compiler error inside a test method rejects that method, one outside any rejects
 * the file's methods; the file is cut down to the rest and compiled again, a few times at most. An error in no
 * candidate file means the project itself does not compile, and rejects everything with that reason.
 */
final class CompileGate {
    /** How the reason of a method rejected for its own compiler error starts; the base check reads it. */
    static final String OWN_ERROR = "does not compile: ";

    private static final int COMPILE_ATTEMPTS = 4;

    private final BuildTool build;
    private final boolean gate;

    /** The gate itself: every rejection is logged as the funnel's. */
    CompileGate(BuildTool build) {
        this(build, true);
    }

    /**
     * @param gate whether this compiles candidates at the gate, whose rejections are logged; false for a second look
     *     at kept tests (the base check), where a compiler error is a label, not a rejection
     */
    CompileGate(BuildTool build, boolean gate) {
        this.build = requireNonNull(build, "build");
        this.gate = gate;
    }

    Map<Path, CandidateFile> apply(Map<Path, CandidateFile> files, Map<MethodId, Verdict> verdicts) {
        Map<Path, CandidateFile> current = new LinkedHashMap<>(files);
        for (int attempt = 1; attempt <= COMPILE_ATTEMPTS && !current.isEmpty(); attempt++) {
            CompileResult compiled = build.compile();
            if (compiled.succeeded()) {
                return current;
            }
            boolean attributed = false;
            for (Map.Entry<Path, CandidateFile> entry : new ArrayList<>(current.entrySet())) {
                CandidateFile file = entry.getValue();
                List<CompilerError> errors =
                        compiled.errorsIn(entry.getKey().toAbsolutePath().toString());
                if (errors.isEmpty()) {
                    continue;
                }
                attributed = true;
                for (CompilerError error : errors) {
                    Optional<MethodDeclaration> at = file.methodAt(error.line());
                    List<MethodDeclaration> hit = at.map(List::of).orElse(file.testMethods());
                    for (MethodDeclaration method : hit) {
                        MethodId id = id(file, method);
                        if (verdicts.get(id) == null) {
                            reject(
                                    verdicts,
                                    id,
                                    Gate.COMPILES,
                                    OWN_ERROR + error.message()
                                            + " (line " + error.line()
                                            + (at.isEmpty() ? ", outside any test method" : "")
                                            + ")",
                                    none());
                        }
                    }
                }
                current.put(entry.getKey(), cut(file, keptNames(file, verdicts)));
            }
            if (!attributed) {
                String why = compiled.errors().isEmpty()
                        ? "the build failed without a compiler error: "
                                + tail(compiled.process().output())
                        : "the project does not compile: " + compiled.errors().get(0);
                for (CandidateFile file : current.values()) {
                    file.testMethods().forEach(m -> reject(verdicts, id(file, m), Gate.COMPILES, why, none()));
                    deleteQuietly(file.path());
                }
                return Map.of();
            }
            current.values().removeIf(f -> f.testMethods().isEmpty());
        }
        for (CandidateFile file : current.values()) {
            file.testMethods()
                    .forEach(m -> reject(
                            verdicts,
                            id(file, m),
                            Gate.COMPILES,
                            "the candidates still do not compile after " + COMPILE_ATTEMPTS + " attempts",
                            none()));
            deleteQuietly(file.path());
        }
        return Map.of();
    }

    private void reject(Map<MethodId, Verdict> verdicts, MethodId id, Gate at, String why, CoverageGain gain) {
        if (gate) {
            CandidateValidator.reject(verdicts, id, at, why, gain);
        } else {
            verdicts.put(id, Verdict.rejected(id, at, why, gain));
        }
    }
}
