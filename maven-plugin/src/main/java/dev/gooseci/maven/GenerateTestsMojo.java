package dev.gooseci.maven;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.testgen.BuildException;
import dev.gooseci.testgen.TestGenJob;
import dev.gooseci.testgen.TestGenRequest;
import java.io.File;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
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
public class GenerateTestsMojo extends AbstractMojo {

    /** The project's directory: the root of the Maven project, in a git repository. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The revision the change starts from; default: the merge base with the remote. */
    @Parameter(property = "goose.base")
    String base;

    /** Classes to test instead of the changed ones, comma-separated fully qualified names: com.x.A,com.x.B. */
    @Parameter(property = "goose.targets")
    String targets;

    /** The provider, such as {@code anthropic} or {@code ollama}; default GOOSE_PROVIDER. Keys come from the environment. */
    @Parameter(property = "goose.provider")
    String provider;

    /** The model; default GOOSE_MODEL or the provider's default. */
    @Parameter(property = "goose.model")
    String model;

    /** The most the agent may spend on one target class, in US dollars; needs the model's prices. */
    @Parameter(property = "goose.maxCost")
    String maxCost;

    /** Commit the kept tests under the goose-ci[bot] identity; off by default, so a local run only writes files. */
    @Parameter(property = "goose.commit", defaultValue = "false")
    boolean commit;

    /** Skip the goal. */
    @Parameter(property = "goose.skip", defaultValue = "false")
    boolean skip;

    /** Play this recorded transcript instead of calling a model: offline runs, demos and tests. */
    @Parameter(property = "goose.replay")
    File replay;

    /** The environment the run reads keys from and passes, filtered, to the project's build. */
    Map<String, String> env = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Goose test generation skipped (goose.skip).");
            return;
        }
        try {
            TestGenJob.run(request(), getLog()::info);
        } catch (IllegalArgumentException
                | BuildException
                | ChangeSourceException
                | UncheckedIOException
                | ProviderException e) {
            throw new MojoFailureException("goose:generate-tests: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    "goose:generate-tests crashed; please report it with the stack trace (mvn -e): " + e, e);
        }
    }

    /** The goal's parameters as the core's request; the one place where they are read. */
    TestGenRequest request() {
        Map<String, String> flags = new LinkedHashMap<>();
        Optional.ofNullable(provider).filter(p -> !p.isBlank()).ifPresent(p -> flags.put("provider", p));
        Optional.ofNullable(model).filter(m -> !m.isBlank()).ifPresent(m -> flags.put("model", m));
        return new TestGenRequest(
                basedir.toPath(),
                Optional.ofNullable(base).filter(b -> !b.isBlank()),
                classes(targets),
                Optional.ofNullable(replay).map(File::toPath),
                Optional.ofNullable(maxCost).filter(c -> !c.isBlank()).map(GenerateTestsMojo::usd),
                commit,
                Optional.empty(),
                env,
                flags);
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

    private static BigDecimal usd(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "goose.maxCost must be an amount of US dollars such as 0.50, got '" + text + "'", e);
        }
    }
}
