package dev.gooseci.gitlabci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gooseci.report.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code templates/goose-review.gitlab-ci.yml} and {@code goose-tests.gitlab-ci.yml} are what users include, and GitLab only checks it when their pipeline
 * runs, so this test checks it here: the {@code spec:} / {@code ---} shape, every input declared and used, the rules,
 * the artifacts our reports fill, and a script that calls the command the image installs.
 */
class TemplateTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path TEMPLATE = ROOT.resolve("templates/goose-review.gitlab-ci.yml");
    static final Path TESTS_TEMPLATE = ROOT.resolve("templates/goose-tests.gitlab-ci.yml");
    static final Pattern INPUT = Pattern.compile("\\$\\[\\[\\s*inputs\\.([a-z0-9_-]+)\\s*]]");

    String text;
    List<JsonNode> documents;

    @BeforeEach
    void readTheTemplate() throws Exception {
        text = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        documents = documents(text);
    }

    static List<JsonNode> documents(String yaml) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> docs =
                new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            docs.forEachRemaining(documents::add);
        }
        return documents;
    }

    @Test
    void shouldHaveASpecDocumentAndAJobDocument() {
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).fieldNames()).toIterable().containsExactly("spec");
        assertThat(documents.get(1).has("goose-review")).isTrue();
    }

    @Test
    void shouldDeclareTheInputsAndUseEachOfThem() {
        // given
        Set<String> declared = new TreeSet<>();
        documents.get(0).at("/spec/inputs").fieldNames().forEachRemaining(declared::add);
        String job = text.substring(text.indexOf("\n---\n"));

        // when
        Set<String> used = used(job);

        // then
        assertThat(declared)
                .containsExactlyInAnyOrder("provider", "model", "fail-on", "image", "stage", "allow-failure");
        assertThat(used).isEqualTo(declared);
    }

    static Set<String> used(String job) {
        Set<String> used = new TreeSet<>();
        Matcher matcher = INPUT.matcher(job);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        return used;
    }

    @Test
    void shouldRunOnMergeRequestsAndUploadTheReports() {
        // given
        JsonNode job = documents.get(1).get("goose-review");

        // then
        assertThat(job.at("/rules/0/if").asText()).isEqualTo("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
        assertThat(job.at("/artifacts/reports/codequality").asText()).isEqualTo(Format.CODE_QUALITY.fileName());
        assertThat(job.at("/artifacts/paths")).extracting(JsonNode::asText).contains(Format.MARKDOWN.fileName());
        assertThat(job.at("/artifacts/when").asText()).isEqualTo("always");
        assertThat(job.at("/variables/GOOSE_FAIL_ON").asText()).isEqualTo("$[[ inputs.fail-on ]]");
    }

    @Test
    void shouldCallTheEntryPointTheImageInstalls() throws Exception {
        assertCallsTheEntryPoint(documents.get(1).at("/goose-review/script"), GitLabReviewMain.class);
    }

    static void assertCallsTheEntryPoint(JsonNode script, Class<?> main) throws Exception {
        String command = script.get(0).asText().split(" ")[0];
        Path launcher = ROOT.resolve("gitlab-runner/src/main/docker").resolve(command);
        String dockerfile = Files.readString(ROOT.resolve("gitlab-runner/Dockerfile"), StandardCharsets.UTF_8);

        assertThat(script).hasSize(1);
        assertThat(launcher).isRegularFile().isExecutable();
        assertThat(Files.readString(launcher)).contains(main.getName());
        assertThat(dockerfile).contains("COPY gitlab-runner/src/main/docker/" + command + " /usr/local/bin/" + command);
    }
}
