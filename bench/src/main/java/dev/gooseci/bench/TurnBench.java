package dev.gooseci.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.HttpTimeouts;
import dev.gooseci.provider.HttpTransport;
import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderFactory;
import dev.gooseci.provider.RetryPolicy;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Harness overhead per turn: a 10-turn conversation through the real OpenAI provider, agent loop and a one-tool
 * toolbox, against {@link FakeOpenAiServer} on loopback answering at once. The time the server spends in its
 * handler is subtracted, so what remains is ours: serialising, HTTP, parsing, the loop and the tool.
 *
 * <p>Usage: {@code java -cp bench/target/goose-bench.jar dev.gooseci.bench.TurnBench [runs]}. Prints one line per
 * figure; the first run of the JVM is reported apart, as a CI job sees it.
 */
public final class TurnBench {
    private static final int TURNS = 10;

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path file = Files.createTempFile("goose-bench", ".txt");
        Files.writeString(file, "hello from a small file\n".repeat(20));
        String arguments = "{\"path\":\"" + file.getFileName() + "\"}";
        List<Double> cold = List.of();
        List<Double> warm = new ArrayList<>();
        List<Integer> bytes = List.of();
        for (int run = 0; run < runs; run++) {
            try (FakeOpenAiServer server = new FakeOpenAiServer(TURNS, "developer__read_file", arguments)) {
                TurnClock clock = new TurnClock();
                AgentResult result = runOnce(server.baseUrl(), file, clock);
                if (result.turns() != TURNS || !result.completed()) {
                    throw new IllegalStateException("expected " + TURNS + " completed turns, got " + result.turns()
                            + " and " + result.stopReason().describe());
                }
                List<Double> turns = clock.millisPerTurn(server.handlerNanos());
                if (run == 0) {
                    cold = turns;
                } else {
                    warm.addAll(turns);
                }
                bytes = server.requestBytes();
            }
        }
        Files.deleteIfExists(file);
        System.out.printf("first run (cold JVM): median %.2f ms per turn; turns: %s%n", median(cold), format(cold));
        System.out.printf(
                "warm runs: median %.2f ms per turn, p90 %.2f ms (%d runs of %d turns)%n",
                median(warm), percentile(warm, 0.9), runs - 1, TURNS);
        System.out.println("request bytes per turn: " + bytes);
        System.out.printf(
                "mean request bytes: %.0f%n",
                bytes.stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.1f", v)).toList().toString();
    }

    static AgentResult runOnce(String baseUrl, Path file, AgentListener listener) {
        ProviderFactory factory = new ProviderFactory(
                ProviderCatalog.load(), HttpTransport.create(HttpTimeouts.defaults(), RetryPolicy.none()));
        ChatProvider provider = factory.create(
                "openai",
                Map.of("OPENAI_API_KEY", "sk-bench", "OPENAI_BASE_URL", baseUrl),
                Optional.empty(),
                Optional.empty());
        Toolbox toolbox = Toolbox.of(List.of(new ReadOnlyFiles(file.getParent())));
        AgentLoop loop = new AgentLoop(
                provider, toolbox, ToolGate.ALLOW_ALL, AgentConfig.defaults().withMaxTurns(TURNS), listener);
        return loop.run("gpt-4.1", "You are a test agent.", Conversation.of(Message.user("Read the file ten times.")));
    }

    /** One tool, {@code read_file}, reading from a directory: the bench measures the harness, not the tool. */
    private record ReadOnlyFiles(Path root) implements Extension {
        @Override
        public String name() {
            return "developer";
        }

        @Override
        public List<Tool> tools() {
            return List.of(new Tool() {
                @Override
                public ToolSpec spec() {
                    return new ToolSpec(
                            "read_file",
                            "Read a file.",
                            "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}");
                }

                @Override
                public boolean readOnly() {
                    return true;
                }

                @Override
                public ToolResult call(ObjectNode arguments) {
                    try {
                        return ToolResult.ok(Files.readString(
                                root.resolve(arguments.path("path").asText())));
                    } catch (IOException e) {
                        return ToolResult.error(e.toString());
                    }
                }
            });
        }
    }
}
