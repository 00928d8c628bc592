package dev.gooseci.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** action.yml and the Dockerfile at the repository root agree with the code that runs them. */
class ActionDefinitionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldDeclareExactlyTheInputsActionInputsReads() throws IOException {
        // given
        JsonNode action = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("action.yml").toFile());

        // when
        List<String> declared = new ArrayList<>();
        action.path("inputs").fieldNames().forEachRemaining(declared::add);

        // then
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ActionInputs.NAMES);
        assertThat(action.at("/inputs/github-token/default").asText()).isEqualTo("${{ github.token }}");
        assertThat(action.at("/runs/using").asText()).isEqualTo("docker");
        assertThat(ROOT.resolve(action.at("/runs/image").asText())).isRegularFile();
    }

    @Test
    void shouldDeclareEveryOutputTheActionWrites() throws IOException {
        // given
        JsonNode action = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("action.yml").toFile());

        // when
        List<String> declared = new ArrayList<>();
        action.path("outputs").fieldNames().forEachRemaining(declared::add);

        // then
        assertThat(declared)
                .containsExactlyInAnyOrder(
                        "findings",
                        "highest-severity",
                        "report",
                        "sarif-file",
                        "conclusion",
                        "tests-kept",
                        "tests-branch",
                        "follow-up-url");
    }

    @Test
    void shouldStartTheDockerImageWithTheActionsMainClass() throws Exception {
        // given
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        // when
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);

        // then
        assertThat(entrypoint.find()).isTrue();
        List<String> words = List.of(entrypoint.group(1).replace("\"", "").split(",\\s*"));
        String main = words.get(words.size() - 1);
        assertThat(main).isEqualTo(ActionMain.class.getName());
        assertThat(Class.forName(main).getMethod("main", String[].class)).isNotNull();
        assertThat(words)
                .contains("-XX:SharedArchiveFile=/app/goose.jsa", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(dockerfile)
                .contains("-XX:ArchiveClassesAtExit=/app/goose.jsa")
                .contains("USER goose");
    }
}
