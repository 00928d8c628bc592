package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsolatedStdioTransportTest {

    @Test
    void shouldGiveTheServerExactlyTheEnvironmentWePass() {
        // given: the SDK would add HOME, PATH, USER... from the JVM
        Map<String, String> env = Map.of("LANG", "C");

        // when
        ServerParameters parameters = IsolatedStdioTransport.parameters("server", List.of("--flag"), env);

        // then
        assertThat(parameters.getEnv()).isEqualTo(env);
        assertThat(parameters.getArgs()).containsExactly("--flag");
    }

    @Test
    void shouldStartFromAnEmptyProcessEnvironment() {
        // given
        IsolatedStdioTransport transport = new IsolatedStdioTransport(
                "x",
                IsolatedStdioTransport.parameters("server", List.of(), Map.of()),
                new JacksonMcpJsonMapper(McpMapping.JSON));

        // then: the SDK adds the parameters' env to this builder's, which would otherwise be the JVM's
        assertThat(System.getenv()).isNotEmpty();
        assertThat(transport.getProcessBuilder().environment()).isEmpty();
        assertThat(transport.lastStderr()).isEmpty();
    }
}
