package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles some test sources with the JDK's own compiler, in this JVM, against the compiled classes and the resolved
 * class path, into the test classes directory. No Maven and no new JVM, which is what makes a candidate's compile
 * cost a fraction of a second. Errors come back as {@link CompilerError}s, file and line, as from Maven.
 */
final class InProcessCompiler {
    private final JavaCompiler javac;
    private final List<String> options;

    private InProcessCompiler(JavaCompiler javac, List<String> options) {
        this.javac = javac;
        this.options = List.copyOf(options);
    }

    /** The compiler for {@code setup}, or null when this JVM has none (a JRE). */
    static InProcessCompiler of(DirectSetup setup) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return null;
        }
        List<Path> path = new ArrayList<>(List.of(setup.testClasses(), setup.classes()));
        path.addAll(setup.classpath());
        List<String> options = new ArrayList<>(setup.compilerOptions());
        options.addAll(List.of(
                "-d",
                setup.testClasses().toString(),
                "-classpath",
                path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-implicit:none"));
        return new InProcessCompiler(javac, options);
    }

    CompileResult compile(List<Path> sources) {
        requireNonNull(sources, "sources");
        long start = System.nanoTime();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            ok = sources.isEmpty()
                    || javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                            .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompilerError> errors = new ArrayList<>();
        StringBuilder log = new StringBuilder(out.toString());
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT)
                    .lines()
                    .map(l -> l.strip().replaceAll("\\s+", " "))
                    .collect(Collectors.joining("; "));
            String file =
                    d.getSource() == null ? "" : Path.of(d.getSource().toUri()).toString();
            errors.add(new CompilerError(
                    file, (int) Math.max(d.getLineNumber(), 0), (int) Math.max(d.getColumnNumber(), 0), message));
            log.append("[ERROR] ")
                    .append(file)
                    .append(":[")
                    .append(d.getLineNumber())
                    .append(',')
                    .append(d.getColumnNumber())
                    .append("] ")
                    .append(message)
                    .append('\n');
        }
        ProcessResult result =
                new ProcessResult(ok ? 0 : 1, log.toString(), false, Duration.ofNanos(System.nanoTime() - start));
        return new CompileResult(ok, errors, result);
    }

    /** Deletes the class files a source produced last time ({@code Name.class}, {@code Name$*.class}). */
    static void deleteClasses(Path testClasses, String className) {
        int dot = className.lastIndexOf('.');
        Path dir = dot < 0
                ? testClasses
                : testClasses.resolve(className.substring(0, dot).replace('.', '/'));
        String simple = className.substring(dot + 1);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(simple + ".class") || name.startsWith(simple + "$") && name.endsWith(".class")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old classes of " + className + " in " + dir, e);
        }
    }
}
