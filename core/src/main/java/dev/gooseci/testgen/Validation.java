package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The gates' result for a set of candidate files.
 *
 * @param verdicts one per proposed method, in the order proposed
 * @param survivors the candidate sources cut down to their kept methods (helpers and imports intact), for merging
 * @param coverage the execution data of each kept method's run alone
 * @param builds how many build processes the validation started
 */
record Validation(List<Verdict> verdicts, List<CompilationUnit> survivors, Map<MethodId, Path> coverage, int builds) {
    Validation {
        verdicts = List.copyOf(requireNonNull(verdicts, "verdicts"));
        survivors = List.copyOf(requireNonNull(survivors, "survivors"));
        coverage = Map.copyOf(requireNonNull(coverage, "coverage"));
    }
}
