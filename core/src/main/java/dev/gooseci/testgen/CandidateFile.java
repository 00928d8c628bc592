package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A test source the agent wrote, parsed, with its test methods; it can drop methods and write itself back. */
final class CandidateFile {
    private final Path path;
    private final CompilationUnit unit;
    private final TypeDeclaration<?> type;

    private CandidateFile(Path path, CompilationUnit unit, TypeDeclaration<?> type) {
        this.path = path;
        this.unit = unit;
        this.type = type;
    }

    /** The parsed file, or the reason it cannot be a candidate. */
    static Result read(Path path) {
        requireNonNull(path, "path");
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaSources.ParseOutcome parsed = JavaSources.parse(text);
        if (parsed.unit().isEmpty()) {
            return new Result(Optional.empty(), "does not parse: " + parsed.problems());
        }
        CompilationUnit unit = parsed.unit().get();
        Optional<TypeDeclaration<?>> type =
                unit.getPrimaryType().or(() -> unit.getTypes().getFirst());
        if (type.isEmpty()) {
            return new Result(Optional.empty(), "declares no class");
        }
        return new Result(Optional.of(new CandidateFile(path, unit, type.get())), "");
    }

    Path path() {
        return path;
    }

    CompilationUnit unit() {
        return unit;
    }

    String className() {
        String simple = type.getNameAsString();
        return unit.getPackageDeclaration()
                .map(p -> p.getNameAsString() + "." + simple)
                .orElse(simple);
    }

    List<MethodDeclaration> testMethods() {
        return type.getMethods().stream().filter(JavaSources::isTest).toList();
    }

    Optional<MethodDeclaration> method(String name) {
        return testMethods().stream()
                .filter(m -> m.getNameAsString().equals(name))
                .findFirst();
    }

    /** The test method whose source range holds {@code line}, if any. */
    Optional<MethodDeclaration> methodAt(int line) {
        return testMethods().stream()
                .filter(m -> m.getRange()
                        .map(r -> r.begin.line <= line && line <= r.end.line)
                        .orElse(false))
                .findFirst();
    }

    /** Rewrites the file keeping only the test methods named in {@code keep}; deletes it when none is left. */
    CandidateFile keepOnly(Set<String> keep) throws IOException {
        for (MethodDeclaration method : testMethods()) {
            if (!keep.contains(method.getNameAsString())) {
                method.remove();
            }
        }
        if (testMethods().isEmpty()) {
            Files.deleteIfExists(path);
            return this;
        }
        Files.writeString(path, unit.toString(), StandardCharsets.UTF_8);
        return read(path).file().orElseThrow();
    }

    /** A file read: the candidate, or why it is not one. */
    record Result(Optional<CandidateFile> file, String problem) {}
}
