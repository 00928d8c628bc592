package dev.gooseci.maven;

import dev.gooseci.diff.ChangeSourceException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.review.ReviewRequest;
import dev.gooseci.review.ReviewTask;
import java.io.File;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn goose:review}: reviews the git change of the reactor's root project and writes the report files to
 * {@code target/goose}. It is an aggregator, so it runs once however many modules the build has.
 *
 * <p>A failed quality gate, a review that could not cover the whole change (the model failed, or a budget stopped a
 * unit) and bad input (not a git repository, an unknown base or format) each fail the build with
 * {@link MojoFailureException}, whose message says what to do: they are the project's state, not a broken plugin. Only
 * an unexpected error is a {@link MojoExecutionException}, with its cause.
 */
@Mojo(name = "review", aggregator = true, threadSafe = true, requiresProject = true)
public class ReviewMojo extends AbstractMojo {

    /** The project's directory: the repository, or a directory in it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Compare with this revision; default: the CI's base commit, else the merge base with origin's default branch. */
    @Parameter(property = "goose.base")
    String base;

    /** The provider, such as {@code anthropic} or {@code ollama}; default GOOSE_PROVIDER. Keys come from the environment. */
    @Parameter(property = "goose.provider")
    String provider;

    /** The model; default GOOSE_MODEL or the provider's default. */
    @Parameter(property = "goose.model")
    String model;

    /** Fail the build on findings at or above: none, info, minor, major, critical, blocker. */
    @Parameter(property = "goose.failOn", defaultValue = "none")
    String failOn;

    /** The report files, comma-separated: markdown, sarif, codequality, checkstyle, json. */
    @Parameter(property = "goose.formats", defaultValue = "markdown,sarif,codequality,checkstyle,json")
    String formats;

    /** Where the report files go. */
    @Parameter(property = "goose.outputDirectory", defaultValue = "${project.build.directory}/goose")
    File outputDirectory;

    /** Review units reviewed at once. */
    @Parameter(property = "goose.concurrency", defaultValue = "" + ReviewTask.DEFAULT_CONCURRENCY)
    int concurrency = ReviewTask.DEFAULT_CONCURRENCY;

    /** The most the whole review may cost, in US dollars; needs the model's prices. */
    @Parameter(property = "goose.maxCost")
    String maxCost;

    /** Print the plan (units, files, token estimates, tools, skipped files) and call no model. */
    @Parameter(property = "goose.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Skip the review. */
    @Parameter(property = "goose.skip", defaultValue = "false")
    boolean skip;

    /** Play this recorded transcript instead of calling a model: offline runs, demos and tests. */
    @Parameter(property = "goose.replay")
    File replay;

    /** The environment the review reads keys and CI variables from. */
    Map<String, String> env = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Goose review skipped (goose.skip).");
            return;
        }
        ReviewJob.Outcome outcome;
        ReviewRequest request;
        try {
            request = request();
            outcome = ReviewJob.run(request, getLog()::info);
        } catch (IllegalArgumentException | ChangeSourceException | UncheckedIOException | ProviderException e) {
            throw new MojoFailureException("goose:review: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    "goose:review crashed; please report it with the stack trace (mvn -e): " + e, e);
        }
        ReviewVerdict.check(outcome, request.gate(), basedir.toPath());
    }

    /** The goal's parameters as the core's request; the one place where they are read. */
    ReviewRequest request() {
        Map<String, String> flags = new LinkedHashMap<>();
        Optional.ofNullable(provider).ifPresent(p -> flags.put("provider", p));
        Optional.ofNullable(model).ifPresent(m -> flags.put("model", m));
        return new ReviewRequest(
                basedir.toPath(),
                Optional.ofNullable(base).filter(b -> !b.isBlank()),
                "HEAD",
                false,
                false,
                Optional.empty(),
                Format.parseList(formats),
                Optional.ofNullable(outputDirectory).map(File::toPath),
                QualityGate.parse(failOn),
                concurrency,
                Optional.ofNullable(maxCost).filter(c -> !c.isBlank()).map(ReviewMojo::usd),
                dryRun,
                Optional.ofNullable(replay).map(File::toPath),
                env,
                flags);
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
