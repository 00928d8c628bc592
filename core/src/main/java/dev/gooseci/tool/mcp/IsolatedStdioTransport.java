package dev.gooseci.tool.mcp;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's stdio transport, made to start the server with exactly the environment we give it.
 *
 * <p>SDK 2.1.0 leaks the JVM's environment twice: {@code ServerParameters} seeds its env with HOME, LOGNAME, PATH,
 * SHELL, TERM and USER from {@code System.getenv()}, and {@code StdioClientTransport} starts the process from
 * {@code new ProcessBuilder()}, whose environment is a copy of the whole JVM environment, and only adds the
 * parameters' env on top. A CI job's environment holds tokens, so both are undone here: {@link #parameters} drops
 * the seeded variables, and {@link #getProcessBuilder} hands the SDK a builder with an empty environment.
 */
final class IsolatedStdioTransport extends StdioClientTransport {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedStdioTransport.class);
    private static final int STDERR_LINES = 3;

    private final Deque<String> stderr = new ArrayDeque<>();

    IsolatedStdioTransport(String name, ServerParameters parameters, McpJsonMapper mapper) {
        super(parameters, mapper);
        setStdErrorHandler(line -> {
            LOG.debug("MCP extension {} stderr: {}", name, line);
            synchronized (stderr) {
                if (stderr.size() == STDERR_LINES) {
                    stderr.removeFirst();
                }
                stderr.addLast(line);
            }
        });
    }

    /** Parameters whose env is exactly {@code env}; fails rather than start a server with more. */
    static ServerParameters parameters(String command, List<String> args, Map<String, String> env) {
        ServerParameters parameters =
                ServerParameters.builder(command).args(args).env(env).build();
        Map<String, String> effective = parameters.getEnv();
        try {
            effective.keySet().retainAll(env.keySet());
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(
                    "the MCP SDK no longer lets us drop the variables it copies from the JVM"
                            + " environment; refusing to start " + command,
                    e);
        }
        if (!effective.equals(env)) {
            throw new IllegalStateException("the MCP SDK changed the environment of " + command + "; refusing to start"
                    + " it with variables we did not pass");
        }
        return parameters;
    }

    /** The SDK adds the parameters' env to this builder's environment, which must therefore start empty. */
    @Override
    protected ProcessBuilder getProcessBuilder() {
        ProcessBuilder builder = new ProcessBuilder();
        builder.environment().clear();
        return builder;
    }

    /** The server's last few stderr lines, which usually say why it died; empty when it said nothing. */
    String lastStderr() {
        synchronized (stderr) {
            return String.join(" | ", stderr);
        }
    }
}
