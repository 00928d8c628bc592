package dev.gooseci.maven;

import dev.gooseci.report.Format;
import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewJob;
import dev.gooseci.review.ReviewRequest;
import dev.gooseci.review.ReviewTask;
import java.io.File;
import java.util.Optional;
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
public class ReviewMojo extends GooseMojo {

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

    /** Print the plan (units, files, token estimates, tools, skipped files) and call no model. */
    @Parameter(property = "goose.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Goose review skipped (goose.skip).");
            return;
        }
        ReviewRequest request = guarded("goose:review", this::request);
        ReviewJob.Outcome outcome = guarded("goose:review", () -> ReviewJob.run(request, getLog()::info));
        ReviewVerdict.check(outcome, request.gate(), workspace());
    }

    /** The goal's parameters as the core's request; the one place where they are read. */
    ReviewRequest request() {
        return new ReviewRequest(
                workspace(),
                baseRevision(),
                "HEAD",
                false,
                false,
                Optional.empty(),
                Format.parseList(formats),
                Optional.ofNullable(outputDirectory).map(File::toPath),
                QualityGate.parse(failOn),
                concurrency,
                maxCostUsd(),
                dryRun,
                replayFile(),
                env,
                flags());
    }
}
