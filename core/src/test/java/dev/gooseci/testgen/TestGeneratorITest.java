package dev.gooseci.testgen;

import static dev.gooseci.agent.ScriptedProvider.call;
import static dev.gooseci.agent.ScriptedProvider.calls;
import static dev.gooseci.agent.ScriptedProvider.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.agent.ScriptedProvider;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole funnel on a real Maven project: the scripted model writes one candidate class holding a known mix of
 * methods, runs it once with run_tests, and stops. Only the two good methods may land, and every other one must be
 * rejected at its own gate. The project is built once for the class; the stability check uses 3 runs here (alone,
 * random order, whole class) to keep the build count down, the default of 5 adds two more runs alone.
 */
class TestGeneratorITest {
    static final String CANDIDATE_PATH = "src/test/java/com/example/shop/PricingGooseCandidateTest.java";
    static final String CANDIDATE = """
            package com.example.shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.junit.jupiter.api.Assertions.assertTrue;

            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.api.Test;

            class PricingGooseCandidateTest {
                private final Pricing pricing = new Pricing();

                @Test
                void doesNotCompile() {
                    assertEquals(1, pricing.missing());
                }

                @Test
                void failsOnAWrongExpectation() {
                    assertEquals(99, pricing.discounted(10, 1));
                }

                @Test
                void isTimeDependent() throws Exception {
                    Path stamp = Path.of("target", "first-run-millis");
                    long now = System.currentTimeMillis();
                    if (!Files.exists(stamp)) {
                        Files.writeString(stamp, Long.toString(now));
                    }
                    assertEquals(Long.parseLong(Files.readString(stamp)), now);
                    assertEquals("items", pricing.label(3));
                }

                @Test
                void coversNothingNew() {
                    assertEquals(6, pricing.total(2, 3));
                }

                @Test
                void assertsNothing() {
                    pricing.label(1);
                    assertTrue(true);
                }

                @Test
                void usesAnAbsolutePath() {
                    assertEquals("item", pricing.label(1), "/tmp/labels");
                }

                @Test
                void discountsTenOrMore() {
                    assertEquals(90, pricing.discounted(10, 10));
                }

                @Test
                void keepsTheFullPriceBelowTen() {
                    assertEquals(90, pricing.discounted(10, 9));
                }
            }
            """;

    @TempDir
    static Path dir;

    static SampleProject project;
    static ScriptedProvider model;
    static TestGenReport report;

    @BeforeAll
    static void generate() throws Exception {
        project = SampleProject.create(dir);
        String write = Json.write(Json.object().put("path", CANDIDATE_PATH).put("content", CANDIDATE));
        model = ScriptedProvider.replying(
                calls(call("w1", "developer__write_file", write)),
                calls(call(
                        "r1", "testgen__run_tests", "{\"test_class\":\"com.example.shop.PricingGooseCandidateTest\"}")),
                text("Wrote PricingGooseCandidateTest."));
        TestGenerator generator = new TestGenerator(
                project.direct(), model, "scripted", TestGenOptions.defaults().withStabilityRuns(3));
        report = generator.generate(project.change(), List.of());
    }

    @Test
    void shouldCountTheFunnelExactly() {
        assertThat(report.funnel()).isEqualTo(new Funnel(8, 7, 6, 5, 4, 2));
    }

    @Test
    void shouldRejectEachBadMethodAtItsOwnGate() {
        Map<String, Gate> rejected = report.rejections().stream()
                .collect(Collectors.toMap(
                        v -> v.id().method(), v -> v.rejectedAt().orElseThrow()));

        assertThat(rejected)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "doesNotCompile", Gate.COMPILES,
                        "failsOnAWrongExpectation", Gate.PASSES_ALONE,
                        "isTimeDependent", Gate.STABLE,
                        "coversNothingNew", Gate.NEW_COVERAGE,
                        "assertsNothing", Gate.ASSERTS,
                        "usesAnAbsolutePath", Gate.DETERMINISTIC));
        assertThat(reason("doesNotCompile")).contains("does not compile").contains("missing");
        assertThat(reason("failsOnAWrongExpectation"))
                .contains("fails when run alone")
                .contains("99");
        assertThat(reason("isTimeDependent")).contains("flaky").contains("random method order");
        assertThat(reason("usesAnAbsolutePath")).contains("/tmp/labels");
    }

    @Test
    void shouldLandOnlyTheGoodMethodsWithTheirRationale() throws Exception {
        assertThat(report.kept())
                .extracting(k -> k.id().method())
                .containsExactly("discountsTenOrMore", "keepsTheFullPriceBelowTen");
        KeptTest discount = report.kept().get(0);
        assertThat(discount.gain().describe())
                .isEqualTo("lines com/example/shop/Pricing.java:9, com/example/shop/Pricing.java:10,"
                        + " com/example/shop/Pricing.java:11; branches com/example/shop/Pricing.java:10 (+1)");
        assertThat(discount.tokens()).isEqualTo(report.usage().totalTokens() / 2);

        assertThat(report.files()).containsExactly("src/test/java/com/example/shop/PricingGooseTest.java");
        String merged = Files.readString(dir.resolve(report.files().get(0)));
        assertThat(merged)
                .contains("class PricingGooseTest", "void discountsTenOrMore()", "void keepsTheFullPriceBelowTen()")
                .contains("private final Pricing pricing = new Pricing();")
                .doesNotContain("assertsNothing", "isTimeDependent", "missing()", "/tmp/labels");
        assertThat(dir.resolve(CANDIDATE_PATH)).doesNotExist();
    }

    @Test
    void shouldMeasureChangedLineCoverageBeforeAndAfter() {
        assertThat(report.before()).isEqualTo(new CoverageSummary(0, 5, 0, 4));
        assertThat(report.after()).isEqualTo(new CoverageSummary(4, 5, 2, 4));
    }

    @Test
    void shouldGiveTheModelCompilerErrorsFromRunTests() {
        Message toolTurn = model.requests().get(2).messages().stream()
                .filter(m -> !m.toolResponses().isEmpty())
                .reduce((first, second) -> second)
                .orElseThrow();
        ToolResponse response = toolTurn.toolResponses().get(0);

        assertThat(response.content())
                .startsWith("COMPILATION FAILED")
                .contains("PricingGooseCandidateTest.java:15:32: cannot find symbol; symbol: method missing()");
    }

    @Test
    void shouldRenderTheFunnelAsMarkdownAndJson() {
        String markdown = FunnelMarkdown.render(report);
        JsonNode json = FunnelJson.render(report);

        assertThat(markdown).contains("```mermaid\nflowchart LR\n", "s0[\"proposed: 8\"] --> s1", "s5[\"kept: 2\"]");
        assertThat(markdown)
                .contains("| `com.example.shop.PricingGooseCandidateTest#coversNothingNew` | new_coverage |");
        assertThat(json.get("funnel"))
                .isEqualTo(Json.parse(
                        "{\"proposed\":8,\"compiled\":7,\"passed\":6,\"stable\":5," + "\"new_coverage\":4,\"kept\":2}",
                        "expected"));
        assertThat(json.get("rejected")).hasSize(6);
        assertThat(json.at("/kept/0/new_branches/com~1example~1shop~1Pricing.java:10")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void shouldLabelTheKeptTestsOfTheNewMethodAsNotCompilingOnTheBase() throws Exception {
        assertThat(report.kept()).allSatisfy(kept -> {
            BaseVerdict base = kept.base().orElseThrow();
            assertThat(base.label()).isEqualTo(BaseLabel.DOES_NOT_COMPILE_ON_BASE);
            assertThat(base.baseSha()).isEqualTo(project.base);
            assertThat(base.detail()).contains("cannot find symbol", "discounted");
        });
        assertThat(FunnelMarkdown.render(report))
                .contains(
                        "| behaviour change: new API, does not compile on base " + project.base.substring(0, 7) + ": ");
        assertThat(FunnelJson.render(report).at("/kept/1/base/label").asText()).isEqualTo("does_not_compile_on_base");
        assertThat(report.commitMessage()).contains("(behaviour change: new API, does not compile on base ");
        assertThat(Files.readString(dir.resolve("src/main/java/com/example/shop/Pricing.java")))
                .isEqualTo(SampleProject.PRICING_HEAD);
        assertThat(project.git.getRepository().resolve("HEAD").name()).isEqualTo(project.head);
    }

    private static String reason(String method) {
        Optional<Verdict> verdict = report.verdicts().stream()
                .filter(v -> v.id().method().equals(method))
                .findFirst();
        return verdict.orElseThrow().reason();
    }
}
