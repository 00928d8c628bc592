package dev.gooseci.maven;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.testgen.BuildException;
import java.io.File;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goose goals share: the parameters that choose the change, the model and the budget, and one mapping of
 * failures: bad input and the project's state fail the build with {@link MojoFailureException}, whose message says
 * what to change; only an unexpected error is a {@link MojoExecutionException}, with its cause.
 */
public abstract class GooseMojo extends AbstractMojo {

    /** The project's directory: the root of the Maven project, in a git repository. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The revision the change starts from; default: the CI's base commit or the merge base with the remote. */
    @Parameter(property = "goose.base")
    String base;

    /** The provider, such as {@code anthropic} or {@code ollama}; default GOOSE_PROVIDER. Keys come from the environment. */
    @Parameter(property = "goose.provider")
    String provider;

    /** The model; default GOOSE_MODEL or the provider's default. */
    @Parameter(property = "goose.model")
    String model;

    /** The most the goal may spend, in US dollars; needs the model's prices. */
    @Parameter(property = "goose.maxCost")
    String maxCost;

    /** Skip the goal. */
    @Parameter(property = "goose.skip", defaultValue = "false")
    boolean skip;

    /** Play this recorded transcript instead of calling a model: offline runs, demos and tests. */
    @Parameter(property = "goose.replay")
    File replay;

    /** The environment the goal reads keys and CI variables from. */
    Map<String, String> env = System.getenv();

    /** Provider and model, by their configuration keys, as the core's settings take flags. */
    Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        present(provider).ifPresent(p -> flags.put("provider", p));
        present(model).ifPresent(m -> flags.put("model", m));
        return flags;
    }

    Path workspace() {
        return basedir.toPath();
    }

    Optional<String> baseRevision() {
        return present(base);
    }

    Optional<Path> replayFile() {
        return Optional.ofNullable(replay).map(File::toPath);
    }

    Optional<BigDecimal> maxCostUsd() {
        return present(maxCost).map(GooseMojo::usd);
    }

    /**
     * Runs {@code work} for {@code goal}, turning bad input into {@link MojoFailureException} and anything else into
     * {@link MojoExecutionException}.
     */
    <T> T guarded(String goal, Supplier<T> work) throws MojoFailureException, MojoExecutionException {
        try {
            return work.get();
        } catch (IllegalArgumentException
                | BuildException
                | ChangeSourceException
                | UncheckedIOException
                | ProviderException e) {
            throw new MojoFailureException(goal + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    goal + " crashed; please report it with the stack trace (mvn -e): " + e, e);
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
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
