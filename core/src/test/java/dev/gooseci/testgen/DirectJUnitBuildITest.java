package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.gooseci.testgen.TestCaseResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample project built once by Maven, then compiled and run without it: its POM's argLine (a property plus
 * surefire's own {@code @{argLine}} configuration) must reach the forked JVM, as it does under surefire.
 */
class DirectJUnitBuildITest {
    static final String TEST_DIR = "src/test/java/com/example/shop/";

    @TempDir
    static Path dir;

    static SampleProject project;
    static DirectJUnitBuild build;

    @BeforeAll
    static void compile() throws Exception {
        project = SampleProject.create(dir);
        build = project.direct();
        assertThat(build.compile().succeeded()).isTrue();
    }

    /** Removes the test classes a test wrote; the next compile must delete their class files too. */
    @AfterEach
    void removeWrittenTests() throws Exception {
        for (String name : List.of("BrokenTest", "MixedTest", "OrderTest")) {
            Files.deleteIfExists(dir.resolve(TEST_DIR + name + ".java"));
        }
        assertThat(build.compile().succeeded()).isTrue();
    }

    @Test
    void shouldRunTheBaselineWithTheProjectArgLineAndWriteCoverage() {
        TestRun run = build.run(TestSelection.allMeasured());

        assertThat(build.direct()).isTrue();
        assertThat(run.cases())
                .extracting(TestCaseResult::className, TestCaseResult::method, TestCaseResult::outcome)
                .containsExactlyInAnyOrder(
                        tuple("com.example.shop.PricingTest", "shouldMultiply", Outcome.PASSED),
                        tuple("com.example.shop.PricingTest", "shouldKeepTheProjectArgLine", Outcome.PASSED));
        assertThat(run.coverage()).isPresent();
        CoverageSnapshot covered = new CoverageAnalyzer(build.classesDir(), ChangedLines.of(project.change()))
                .measure(List.of(run.coverage().get()));
        assertThat(covered.totalLines()).isEqualTo(5);
    }

    @Test
    void shouldAttributeACompileErrorToItsFileAndLineThenRecoverWhenTheFileGoes() throws Exception {
        Path broken = dir.resolve(TEST_DIR + "BrokenTest.java");
        SampleProject.write(dir, TEST_DIR + "BrokenTest.java", """
                package com.example.shop;

                class BrokenTest {
                    @org.junit.jupiter.api.Test
                    void broken() {
                        new Pricing().missing();
                    }
                }
                """);

        CompileResult failed = build.compile();
        Files.delete(broken);
        CompileResult recovered = build.compile();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.errorsIn(broken.toAbsolutePath().toString()))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.line()).isEqualTo(6);
                    assertThat(error.column()).isEqualTo(22);
                    assertThat(error.message()).startsWith("cannot find symbol; symbol: method missing()");
                });
        assertThat(recovered.succeeded()).isTrue();
    }

    @Test
    void shouldRunOnlyTheSelectedMethodsAndReportTheirOutcomes() throws Exception {
        SampleProject.write(dir, TEST_DIR + "MixedTest.java", """
                package com.example.shop;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;

                class MixedTest {
                    @Test
                    void wrong() {
                        assertEquals(7, new Pricing().total(2, 3));
                    }

                    @Test
                    void right() {
                        assertEquals(6, new Pricing().total(2, 3));
                    }

                    @Test
                    void notSelected() {
                        throw new IllegalStateException("must not run");
                    }
                }
                """);
        assertThat(build.compile().succeeded()).isTrue();

        TestRun run = build.run(TestSelection.of("com.example.shop.MixedTest", List.of("wrong", "right")));

        assertThat(run.cases())
                .extracting(TestCaseResult::method, TestCaseResult::outcome)
                .containsExactlyInAnyOrder(tuple("wrong", Outcome.FAILED), tuple("right", Outcome.PASSED));
        assertThat(run.find("wrong").orElseThrow().message()).contains("expected: <7> but was: <6>");
        assertThat(run.coverage()).isEmpty();
    }

    @Test
    void shouldOrderMethodsBySeedWhenAskedForRandomOrder() throws Exception {
        String methods = IntStream.range(0, 10)
                .mapToObj(i -> "    @Test void m" + i + "() throws Exception { record(\"m" + i + "\"); }\n")
                .collect(Collectors.joining());
        SampleProject.write(dir, TEST_DIR + "OrderTest.java", """
                package com.example.shop;

                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                import org.junit.jupiter.api.Test;

                class OrderTest {
                    static void record(String name) throws Exception {
                        Files.writeString(Path.of("target", "order.txt"), name + " ",
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }

                """ + methods + "}\n");
        assertThat(build.compile().succeeded()).isTrue();
        TestSelection selection = TestSelection.of("com.example.shop.OrderTest", List.of());

        String first = order(selection.inRandomOrder(1));
        String again = order(selection.inRandomOrder(1));
        String other = order(selection.inRandomOrder(2));

        assertThat(first.split(" ")).hasSize(10);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void shouldFallBackToMavenForAJUnit4OnlyProject(@TempDir Path junit4) throws Exception {
        SampleProject.write(
                junit4,
                "pom.xml",
                SampleProject.POM
                        .replace("<argLine>-Dgoose.sample=42</argLine>", "")
                        .replace("<configuration><argLine>@{argLine} -Dgoose.other=7</argLine></configuration>", "")
                        .replace("<groupId>org.junit.jupiter</groupId>", "<groupId>junit</groupId>")
                        .replace("<artifactId>junit-jupiter</artifactId>", "<artifactId>junit</artifactId>")
                        .replace("<version>5.14.4</version>", "<version>4.13.2</version>"));
        SampleProject.write(junit4, "src/main/java/com/example/shop/Pricing.java", SampleProject.PRICING_BASE);
        SampleProject.write(junit4, TEST_DIR + "LegacyTest.java", """
                package com.example.shop;

                public class LegacyTest {
                    @org.junit.Test
                    public void multiplies() {
                        org.junit.Assert.assertEquals(6, new Pricing().total(2, 3));
                    }
                }
                """);
        DirectJUnitBuild legacy = new DirectJUnitBuild(junit4, SampleProject.env(), Duration.ofMinutes(3));

        CompileResult compiled = legacy.compile();
        TestRun run = legacy.run(TestSelection.of("com.example.shop.LegacyTest", List.of()));

        assertThat(compiled.succeeded()).isTrue();
        assertThat(legacy.direct()).isFalse();
        assertThat(run.cases())
                .extracting(TestCaseResult::method, TestCaseResult::outcome)
                .containsExactly(tuple("multiplies", Outcome.PASSED));
    }

    private static String order(TestSelection selection) throws Exception {
        Path file = dir.resolve("target/order.txt");
        Files.deleteIfExists(file);
        assertThat(build.run(selection).passed()).isTrue();
        return Files.readString(file).strip();
    }
}
