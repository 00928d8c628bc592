package dev.gooseci.maven;

import dev.gooseci.testgen.TestGenJob;
import dev.gooseci.testgen.TestGenRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn goose:generate-tests}: writes unit tests for the changed classes of the reactor's root project, keeps only
 * those that pass every gate (compile, pass, stable, assert, cover new lines) and prints the funnel. The kept tests
 * land in {@code src/test/java} as {@code <Class>GooseTest}; the funnel report goes to {@code target/goose-ci}.
 *
 * <p>Rejected candidates are the normal outcome, not a failure: the build passes. Bad input (not a Maven project or a
 * git repository, an unknown base, a bad cost) fails it with {@link MojoFailureException}, whose message says what to
 * change; only an unexpected error is a {@link MojoExecutionException}, with its cause.
 */
@Mojo(name = "generate-tests", aggregator = true, threadSafe = true, requiresProject = true)
public class GenerateTestsMojo extends GooseMojo {

    /** Classes to test instead of the changed ones, comma-separated fully qualified names: com.x.A,com.x.B. */
    @Parameter(property = "goose.targets")
    String targets;

    /** Commit the kept tests under the goose-ci[bot] identity; off by default, so a local run only writes files. */
    @Parameter(property = "goose.commit", defaultValue = "false")
    boolean commit;

    /**
     * Run the kept tests on the base commit too and label those that document a behaviour change; on by default,
     * {@code -Dgoose.baseCheck=false} saves one build.
     */
    @Parameter(property = "goose.baseCheck", defaultValue = "true")
    boolean baseCheck = true;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Goose test generation skipped (goose.skip).");
            return;
        }
        guarded("goose:generate-tests", () -> TestGenJob.run(request(), getLog()::info));
    }

    /** The goal's parameters as the core's request; the one place where they are read. */
    TestGenRequest request() {
        return new TestGenRequest(
                workspace(),
                baseRevision(),
                classes(targets),
                replayFile(),
                maxCostUsd(),
                commit,
                Optional.empty(),
                env,
                flags(),
                baseCheck);
    }

    private static List<String> classes(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }
}
