package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What running a Maven project's tests without Maven needs, read once per job from its effective POM and its resolved
 * test class path ({@link EffectivePom}).
 *
 * @param sources the production source directory ({@code build/sourceDirectory})
 * @param testSources the test source directory ({@code build/testSourceDirectory})
 * @param classes the compiled production classes ({@code build/outputDirectory})
 * @param testClasses the compiled test classes ({@code build/testOutputDirectory})
 * @param classpath the resolved test-scope dependencies, in Maven's order
 * @param compilerOptions the javac options for the project's level and encoding, e.g. {@code --release 17}
 * @param jvmArgs surefire's argLine, split, with {@code @{...}} replaced from the POM's properties, plus its
 *     systemPropertyVariables as {@code -Dk=v}
 * @param environment surefire's environmentVariables
 * @param platformVersion the JUnit Platform version on the class path ({@code junit-platform-commons-X.jar})
 * @param unsupported why the tests cannot be run without Maven faithfully; empty when they can
 */
record DirectSetup(
        Path sources,
        Path testSources,
        Path classes,
        Path testClasses,
        List<Path> classpath,
        List<String> compilerOptions,
        List<String> jvmArgs,
        Map<String, String> environment,
        Optional<String> platformVersion,
        List<String> unsupported) {
    DirectSetup {
        requireNonNull(sources, "sources");
        requireNonNull(testSources, "testSources");
        requireNonNull(classes, "classes");
        requireNonNull(testClasses, "testClasses");
        classpath = List.copyOf(requireNonNull(classpath, "classpath"));
        compilerOptions = List.copyOf(requireNonNull(compilerOptions, "compilerOptions"));
        jvmArgs = List.copyOf(requireNonNull(jvmArgs, "jvmArgs"));
        environment = Map.copyOf(requireNonNull(environment, "environment"));
        requireNonNull(platformVersion, "platformVersion");
        unsupported = List.copyOf(requireNonNull(unsupported, "unsupported"));
    }

    boolean usable() {
        return unsupported.isEmpty();
    }

    /**
     * This setup with its directories under {@code projectDir} as the caller spells it. Maven reports them under the
     * real path of its working directory, which differs when the path goes through a symbolic link, and compiler
     * errors must name the candidate files as the gates know them.
     */
    DirectSetup under(Path projectDir) {
        Path real;
        try {
            real = projectDir.toRealPath();
        } catch (java.io.IOException e) {
            return this;
        }
        java.util.function.UnaryOperator<Path> rebase =
                p -> p.startsWith(real) && !real.equals(projectDir) ? projectDir.resolve(real.relativize(p)) : p;
        return new DirectSetup(
                rebase.apply(sources),
                rebase.apply(testSources),
                rebase.apply(classes),
                rebase.apply(testClasses),
                classpath,
                compilerOptions,
                jvmArgs,
                environment,
                platformVersion,
                unsupported);
    }
}
