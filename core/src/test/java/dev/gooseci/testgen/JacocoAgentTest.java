package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacocoAgentTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "                                           |                                | /home/dev/.m2/repository",
                "-Xmx1g                                     |                                | /home/dev/.m2/repository",
                "-Xmx1g -Dmaven.repo.local=/cache/m2 -ea    |                                | /cache/m2",
                "-Dmaven.repo.local=/from/opts              | -B -Dmaven.repo.local=/from/args | /from/args",
                "                                           | -Dmaven.repo.local=/from/args  | /from/args",
            })
    void shouldLookWhereTheStartedBuildsPutArtifacts(String opts, String args, String expected) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", "/home/dev"));
        if (opts != null) {
            env.put("MAVEN_OPTS", opts);
        }
        if (args != null) {
            env.put("MAVEN_ARGS", args);
        }

        assertThat(JacocoAgent.localRepository(env)).isEqualTo(Path.of(expected));
    }
}
