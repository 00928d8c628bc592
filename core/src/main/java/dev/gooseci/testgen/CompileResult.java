package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of compiling the production and test sources.
 *
 * @param errors the compiler's errors with file and line; may be empty even when the build failed for another reason
 * @param process the build process, for its output when there are no errors to show
 */
public record CompileResult(boolean succeeded, List<CompilerError> errors, ProcessResult process) {
    public CompileResult {
        errors = List.copyOf(requireNonNull(errors, "errors"));
        requireNonNull(process, "process");
    }

    /** The errors in one file, given by its absolute path. */
    public List<CompilerError> errorsIn(String file) {
        return errors.stream().filter(e -> e.file().equals(file)).toList();
    }
}
