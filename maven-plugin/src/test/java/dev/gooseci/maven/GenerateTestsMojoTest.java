package dev.gooseci.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gooseci.testgen.TestGenRequest;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal in-process: its parameters become the core's request, and bad input and crashes become the right build
 * failures. A whole run with a model needs a nested Maven build; the core's TestGeneratorITest covers that.
 */
class GenerateTestsMojoTest {
    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    @Test
    void shouldMapEveryParameterToTheRequest() {
        // given
        GenerateTestsMojo mojo = mojo();
        mojo.base = "origin/main";
        mojo.targets = "com.x.A, com.x.B,";
        mojo.provider = "anthropic";
        mojo.model = "claude-sonnet-4-5";
        mojo.maxCost = "0.50";
        mojo.commit = true;
        mojo.replay = new File("tests.jsonl");
        mojo.baseCheck = false;

        // when
        TestGenRequest request = mojo.request();

        // then
        assertThat(request.workspace()).isEqualTo(dir);
        assertThat(request.base()).contains("origin/main");
        assertThat(request.targets()).containsExactly("com.x.A", "com.x.B");
        assertThat(request.flags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5"));
        assertThat(request.maxCostUsd()).contains(new BigDecimal("0.50"));
        assertThat(request.commit()).isTrue();
        assertThat(request.push()).isEmpty();
        assertThat(request.replay()).contains(Path.of("tests.jsonl"));
        assertThat(request.env()).containsEntry("HOME", dir.resolve("home").toString());
        assertThat(request.baseCheck()).isFalse();
    }

    @Test
    void shouldUseTheDefaultsWhenNothingIsSet() {
        TestGenRequest request = mojo().request();

        assertThat(request.base()).isEmpty();
        assertThat(request.targets()).isEmpty();
        assertThat(request.flags()).isEmpty();
        assertThat(request.maxCostUsd()).isEmpty();
        assertThat(request.commit()).isFalse();
        assertThat(request.replay()).isEmpty();
        assertThat(request.baseCheck()).isTrue();
    }

    @Test
    void shouldFailWithWhatToChangeWhenTheCostIsNotAnAmount() {
        // given
        GenerateTestsMojo mojo = mojo();
        mojo.maxCost = "cheap";

        // when / then
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("goose:generate-tests: goose.maxCost must be an amount of US dollars such as 0.50,"
                        + " got 'cheap'");
    }

    @Test
    void shouldFailTheBuildOnAGradleProject() throws Exception {
        // given
        Files.writeString(dir.resolve("build.gradle"), "plugins { id 'java' }\n");

        // when / then
        assertThatThrownBy(mojo()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("goose:generate-tests: Gradle projects are not supported yet");
    }

    @Test
    void shouldFailTheBuildOutsideAGitRepository() throws Exception {
        // given: a Maven project with no history to find a change in
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");

        // when / then
        assertThatThrownBy(mojo()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("goose:generate-tests: ");
        assertThat(dir.resolve("src/test")).doesNotExist();
    }

    @Test
    void shouldWrapAnUnexpectedErrorAsAnExecutionException() {
        // given: an environment the core cannot copy, which no user input can cause
        GenerateTestsMojo mojo = mojo();
        Map<String, String> broken = new HashMap<>();
        broken.put("HOME", null);
        mojo.env = broken;

        // when / then
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("goose:generate-tests crashed")
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldSkipWithoutLookingAtTheProject() throws Exception {
        // given: not a Maven project, which would fail a run
        GenerateTestsMojo mojo = mojo();
        mojo.skip = true;

        // when
        mojo.execute();

        // then
        assertThat(lines).containsExactly("Goose test generation skipped (goose.skip).");
    }

    private GenerateTestsMojo mojo() {
        GenerateTestsMojo mojo = new GenerateTestsMojo();
        mojo.basedir = dir.toFile();
        mojo.env = Map.of("HOME", dir.resolve("home").toString());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        return mojo;
    }
}
