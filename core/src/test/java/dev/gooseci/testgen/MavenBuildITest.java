package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds of the sample project, whose POM sets its own argLine twice over: an {@code argLine} property and
 * a surefire configuration that adds to it through {@code @{argLine}}. Compiled once for the class.
 */
class MavenBuildITest {
    @TempDir
    static Path dir;

    static SampleProject project;
    static MavenBuild build;

    @BeforeAll
    static void compile() throws Exception {
        project = SampleProject.create(dir);
        build = project.build();
        assertThat(build.compile().succeeded()).isTrue();
    }

    @Test
    void shouldMeasureCoverageWithoutLosingTheProjectArgLine() {
        TestRun run = build.run(
                TestSelection.of("com.example.shop.PricingTest", List.of()).measured());

        assertThat(run.cases())
                .extracting(TestCaseResult::method, TestCaseResult::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("shouldMultiply", TestCaseResult.Outcome.PASSED),
                        org.assertj.core.groups.Tuple.tuple(
                                "shouldKeepTheProjectArgLine", TestCaseResult.Outcome.PASSED));
        assertThat(run.coverage()).isPresent();
        CoverageSnapshot covered = new CoverageAnalyzer(build.classesDir(), ChangedLines.of(project.change()))
                .measure(List.of(run.coverage().get()));
        assertThat(covered.totalLines()).isEqualTo(5);
    }

    @Test
    void shouldRunOneMethodAndReportItsFailureMessage() throws Exception {
        SampleProject.write(dir, "src/test/java/com/example/shop/WrongTest.java", """
                package com.example.shop;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;

                class WrongTest {
                    @Test
                    void wrong() {
                        assertEquals(7, new Pricing().total(2, 3));
                    }

                    @Test
                    void notSelected() {
                        throw new IllegalStateException("must not run");
                    }
                }
                """);
        try {
            assertThat(build.compile().succeeded()).isTrue();
            TestRun run = build.run(TestSelection.of("com.example.shop.WrongTest", List.of("wrong")));

            assertThat(run.cases()).hasSize(1);
            assertThat(run.failures()).isEqualTo(1);
            assertThat(run.cases().get(0).message()).contains("expected: <7> but was: <6>");
        } finally {
            Files.delete(dir.resolve("src/test/java/com/example/shop/WrongTest.java"));
        }
    }

    @Test
    void shouldSayThatGradleIsNotSupportedYet(@TempDir Path gradle) throws Exception {
        Files.writeString(gradle.resolve("build.gradle.kts"), "plugins { java }\n");

        assertThatThrownBy(() -> BuildTools.detect(gradle, SampleProject.env(), Duration.ofMinutes(1)))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("Gradle projects are not supported yet")
                .hasMessageContaining("build.gradle.kts");
    }
}
