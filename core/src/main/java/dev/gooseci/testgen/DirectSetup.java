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
}
