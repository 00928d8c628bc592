package dev.gooseci.tool.mcp;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

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
    /** How long a dead server's stderr may take to reach us through the SDK's reader thread, at most. */
    private static final long STDERR_DRAIN_MILLIS = 1_000;
    /** A pause this long after a line means the reader has caught up with what the server wrote. */
    private static final long STDERR_QUIET_MILLIS = 50;

    private final Deque<String> stderr = new ArrayDeque<>();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private long lastLineAt;

    IsolatedStdioTransport(String name, ServerParameters parameters, McpJsonMapper mapper) {
        super(parameters, mapper);
        setStdErrorHandler(line -> {
            LOG.debug("MCP extension {} stderr: {}", name, line);
            synchronized (stderr) {
                if (stderr.size() == STDERR_LINES) {
                    stderr.removeFirst();
                }
                stderr.addLast(line);
                lastLineAt = System.nanoTime();
                stderr.notifyAll();
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

    /** Starts the server as the SDK does, then watches its process so that its end is known at once. */
    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        return super.connect(handler).doOnSuccess(started -> {
            Thread watcher = new Thread(
                    () -> {
                        awaitForExit();
                        awaitStderr();
                        exited.complete(null);
                    },
                    "mcp-exit-watcher");
            watcher.setDaemon(true);
            watcher.start();
        });
    }

    /**
     * Completes when the server's process has ended, for whatever reason, and what it wrote to stderr has arrived.
     * The SDK does not fail pending requests when the server dies, so without this a server that exits at start-up,
     * or crashes later, costs a whole timeout.
     */
    CompletableFuture<Void> exited() {
        return exited;
    }

    /**
     * The SDK reads stderr on a thread of its own, which may still be behind when the process has exited: wait until
     * it has been quiet for a moment after a line, or until a server that said nothing has had its bounded chance.
     */
    private void awaitStderr() {
        long deadline = System.nanoTime() + STDERR_DRAIN_MILLIS * 1_000_000;
        synchronized (stderr) {
            try {
                while (System.nanoTime() < deadline) {
                    long quietFor = (System.nanoTime() - lastLineAt) / 1_000_000;
                    if (!stderr.isEmpty() && quietFor >= STDERR_QUIET_MILLIS) {
                        return;
                    }
                    stderr.wait(
                            stderr.isEmpty()
                                    ? Math.max(1, (deadline - System.nanoTime()) / 1_000_000)
                                    : STDERR_QUIET_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The server's last few stderr lines, which usually say why it died; empty when it said nothing. */
    String lastStderr() {
        synchronized (stderr) {
            return String.join(" | ", stderr);
        }
    }
}
