package dev.gooseci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.report.Format;
import dev.gooseci.report.Severity;
import dev.gooseci.review.ReviewRequest;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal in-process, over a repository made in the test: its parameters become the core's request, and each way a
 * review ends becomes the right build result. The invoker ITs in src/it run the same goal in real Maven builds.
 */
class ReviewMojoTest {
    static final String GREETER = "src/main/java/demo/Greeter.java";

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    @Test
    void shouldMapEveryParameterToTheRequest() {
        // given
        ReviewMojo mojo = mojo();
        mojo.base = "origin/main";
        mojo.provider = "anthropic";
        mojo.model = "claude-sonnet-4-5";
        mojo.failOn = "major";
        mojo.formats = "sarif, json";
        mojo.concurrency = 2;
        mojo.maxCost = "0.50";
        mojo.dryRun = true;
        mojo.replay = new File("answers.jsonl");

        // when
        ReviewRequest request = mojo.request();

        // then
        assertThat(request.workspace()).isEqualTo(dir);
        assertThat(request.base()).contains("origin/main");
        assertThat(request.head()).isEqualTo("HEAD");
        assertThat(request.flags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5"));
        assertThat(request.gate().failOn()).contains(Severity.MAJOR);
        assertThat(request.formats()).containsExactlyInAnyOrder(Format.SARIF, Format.JSON);
        assertThat(request.outputDir()).contains(dir.resolve("target/goose"));
        assertThat(request.concurrency()).isEqualTo(2);
        assertThat(request.maxCostUsd()).contains(new BigDecimal("0.50"));
        assertThat(request.dryRun()).isTrue();
        assertThat(request.replay()).contains(Path.of("answers.jsonl"));
        assertThat(request.shard()).isEmpty();
    }

    @Test
    void shouldUseTheDefaultsWhenNothingIsSet() {
        ReviewRequest request = mojo().request();

        assertThat(request.base()).isEmpty();
        assertThat(request.flags()).isEmpty();
        assertThat(request.gate().failOn()).isEmpty();
        assertThat(request.formats()).isEqualTo(EnumSet.allOf(Format.class));
        assertThat(request.maxCostUsd()).isEmpty();
        assertThat(request.replay()).isEmpty();
    }

    @Test
    void shouldFailTheBuildWhenTheGateFails() throws Exception {
        // given
        String base = givenARepositoryWithAChange();
        ReviewMojo mojo = mojo();
        mojo.base = base;
        mojo.failOn = "major";
        mojo.replay = transcript();

        // when / then
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("goose:review: the quality gate failed: 1 finding at or above major; see "
                        + Path.of("target/goose/report.md"));
        assertThat(lines).contains(GREETER + ":8: [major] name is dereferenced when it is null");
        assertThat(dir.resolve("target/goose/goose.sarif")).isRegularFile();
    }

    @Test
    void shouldPassTheBuildWhenNoFindingReachesTheGate() throws Exception {
        // given
        ReviewMojo mojo = mojo();
        mojo.base = givenARepositoryWithAChange();
        mojo.failOn = "critical";
        mojo.replay = transcript();

        // when
        mojo.execute();

        // then
        assertThat(lines).contains("Quality gate: passed (fail-on: critical).");
    }

    @Test
    void shouldFailWithTheCoreMessageOnBadInput() throws Exception {
        // given
        ReviewMojo mojo = mojo();
        mojo.base = givenARepositoryWithAChange();
        mojo.formats = "markdown,pdf";

        // when / then
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("goose:review: unknown report format 'pdf': use one or more of markdown");
    }

    @Test
    void shouldWrapAnUnexpectedErrorAsAnExecutionException() {
        // given: an environment the core cannot copy, which no user input can cause
        ReviewMojo mojo = mojo();
        Map<String, String> broken = new HashMap<>();
        broken.put("HOME", null);
        mojo.env = broken;

        // when / then
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("goose:review crashed")
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldSkipWithoutLookingAtTheProject() throws Exception {
        // given: not a git repository, which would fail a review
        ReviewMojo mojo = mojo();
        mojo.skip = true;

        // when
        mojo.execute();

        // then
        assertThat(lines).containsExactly("Goose review skipped (goose.skip).");
    }

    private ReviewMojo mojo() {
        ReviewMojo mojo = new ReviewMojo();
        mojo.basedir = dir.toFile();
        mojo.failOn = "none";
        mojo.formats = "markdown,sarif,codequality,checkstyle,json";
        mojo.outputDirectory = dir.resolve("target/goose").toFile();
        mojo.env = Map.of("HOME", dir.resolve("home").toString());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        return mojo;
    }

    /** Greeter.java before and after a change; returns the first commit's sha. */
    private String givenARepositoryWithAChange() throws Exception {
        Path file = dir.resolve(GREETER);
        Files.createDirectories(file.getParent());
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.writeString(file, "package demo;\n\nclass Greeter {\n}\n");
            git.add().addFilepattern(".").call();
            String base = commit(git, "base");
            Files.writeString(
                    file,
                    "package demo;\n\nclass Greeter {\n    String greet(String name) {\n"
                            + "        if (name == null) {\n            return name;\n        }\n"
                            + "        return name.trim();\n    }\n}\n");
            git.add().addFilepattern(".").call();
            commit(git, "change");
            return base;
        }
    }

    private static String commit(Git git, String message) throws Exception {
        return git.commit()
                .setMessage(message)
                .setAuthor("Goose Test", "test@goose.invalid")
                .setCommitter("Goose Test", "test@goose.invalid")
                .setSign(false)
                .call()
                .name();
    }

    private static File transcript() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ReviewMojoTest.class.getResource("ReviewMojoTest/review.jsonl"))
                        .toURI())
                .toFile();
    }
}
