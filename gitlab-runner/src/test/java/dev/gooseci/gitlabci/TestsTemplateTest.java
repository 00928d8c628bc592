package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.testgen.Landing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code templates/goose-tests.gitlab-ci.yml}, checked the way {@link TemplateTest} checks the review template. */
class TestsTemplateTest {
    String text;
    List<JsonNode> documents;
    JsonNode job;

    @BeforeEach
    void readTheTemplate() throws Exception {
        text = Files.readString(TemplateTest.TESTS_TEMPLATE, StandardCharsets.UTF_8);
        documents = TemplateTest.documents(text);
        job = documents.get(1).get("goose-tests");
    }

    @Test
    void shouldHaveASpecDocumentAndAJobDocument() {
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).fieldNames()).toIterable().containsExactly("spec");
        assertThat(job).isNotNull();
    }

    @Test
    void shouldDeclareTheInputsAndUseEachOfThem() {
        Set<String> declared = new TreeSet<>();
        documents.get(0).at("/spec/inputs").fieldNames().forEachRemaining(declared::add);

        assertThat(declared)
                .containsExactlyInAnyOrder("provider", "model", "landing", "image", "stage", "allow-failure");
        assertThat(TemplateTest.used(text.substring(text.indexOf("\n---\n")))).isEqualTo(declared);
    }

    @Test
    void shouldOfferTheLandingModesTheJobReads() {
        assertThat(documents.get(0).at("/spec/inputs/landing/options"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("follow-up", "push", "off");
        assertThat(job.at("/variables/" + TestGenSettings.LANDING).asText()).isEqualTo("$[[ inputs.landing ]]");
    }

    @Test
    void shouldSkipTheLabelledMergeRequestsAndRunOnTheOthers() {
        String skip = job.at("/rules/0/if").asText();

        assertThat(Pattern.compile(skip.substring(skip.indexOf('/') + 1, skip.lastIndexOf('/')))
                        .matcher("backend," + Landing.SKIP_LABEL)
                        .find())
                .isTrue();
        assertThat(job.at("/rules/0/when").asText()).isEqualTo("never");
        assertThat(job.at("/rules/1/if").asText()).isEqualTo("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
        assertThat(job.at("/artifacts/paths/0").asText()).isEqualTo("target/goose-ci/");
    }

    @Test
    void shouldCallTheEntryPointTheImageInstalls() throws Exception {
        TemplateTest.assertCallsTheEntryPoint(job.at("/script"), GitLabTestGenMain.class);
    }
}
