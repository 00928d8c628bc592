package dev.gooseci.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Two loop benchmarks without a network: (1) one turn with 10 tool calls that each take 200 ms, timed from the
 * reply to the next request (serial would take 2 s); (2) a 300-turn run whose tool outputs force compaction again and
 * again, reporting the peak heap.
 *
 * <p>Usage: {@code java -Xmx256m -cp bench/target/goose-bench.jar dev.gooseci.bench.LoopBench [parallel|compaction]}.
 */
public final class LoopBench {
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        if (which.equals("all") || which.equals("parallel")) {
            parallel();
        }
        if (which.equals("all") || which.equals("compaction")) {
            compaction();
        }
    }

    static void parallel() {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            List<Content> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(new ToolRequest("c" + i, "bench__sleep", "{\"n\":" + i + "}"));
            }
            Scripted provider = new Scripted(calls, 1);
            AgentLoop loop = new AgentLoop(
                    provider,
                    toolbox(sleeping()),
                    ToolGate.ALLOW_ALL,
                    AgentConfig.defaults().withParallelism(10),
                    AgentListener.NONE);
            loop.run("m", "s", Conversation.of(Message.user("go")));
            millis.add(Duration.ofNanos(provider.secondRequestAt - provider.firstReplyAt)
                    .toMillis());
        }
        millis.sort(Long::compare);
        System.out.printf(
                "10 tool calls of 200 ms in one turn: median %d ms (runs: %s; serial would be 2000 ms)%n",
                millis.get(millis.size() / 2), millis);
    }

    static void compaction() {
        AtomicInteger compactions = new AtomicInteger();
        Scripted provider = new Scripted(List.of(new ToolRequest("x", "bench__dump", "{}")), 300);
        AgentConfig config = AgentConfig.defaults()
                .withMaxTurns(301)
                .withMaxTokens(Long.MAX_VALUE)
                .withContext(32_000, 0.8);
        AgentLoop loop = new AgentLoop(provider, toolbox(dumping()), ToolGate.ALLOW_ALL, config, new AgentListener() {
            @Override
            public void onCompacted(int before, int after, boolean summarised) {
                compactions.incrementAndGet();
            }
        });
        long start = System.nanoTime();
        AgentResult result = loop.run("m", "s", Conversation.of(Message.user("Dump the log 300 times.")));
        long wall = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "300-turn run with compaction: %s after %d turns, %d compactions, %d summary calls, %.0f ms, peak heap %.1f MiB, max heap %.0f MiB%n",
                result.stopReason().describe(),
                result.turns(),
                compactions.get(),
                provider.summaries.get(),
                wall / 1e6,
                peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static Toolbox toolbox(Tool tool) {
        return Toolbox.of(List.of(new Extension() {
            @Override
            public String name() {
                return "bench";
            }

            @Override
            public List<Tool> tools() {
                return List.of(tool);
            }
        }));
    }

    private static Tool sleeping() {
        return tool("sleep", args -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ToolResult.ok("slept");
        });
    }

    private static Tool dumping() {
        String log = "2026-11-21 12:00:00 INFO a line of build output that the agent has to read\n".repeat(150);
        return tool("dump", args -> ToolResult.ok(log));
    }

    private static Tool tool(String name, Function<ObjectNode, ToolResult> body) {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec(name, name, "{\"type\":\"object\"}");
            }

            @Override
            public boolean readOnly() {
                return true;
            }

            @Override
            public ToolResult call(ObjectNode arguments) {
                return body.apply(arguments);
            }
        };
    }

    /** Replies with {@code calls} for {@code turns} turns, then with text; answers summary calls with a summary. */
    private static final class Scripted implements ChatProvider {
        private final List<Content> calls;
        private final int turns;
        private final AtomicInteger served = new AtomicInteger();
        final AtomicInteger summaries = new AtomicInteger();
        volatile long firstReplyAt;
        volatile long secondRequestAt;

        Scripted(List<Content> calls, int turns) {
            this.calls = calls;
            this.turns = turns;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public ChatResponse complete(ChatRequest request) {
            if (request.tools().isEmpty()) {
                summaries.incrementAndGet();
                return reply(List.of(new Text("Goal: dump the log. Progress: dumped it. Next steps: dump it again.")));
            }
            int n = served.incrementAndGet();
            if (n == 2) {
                secondRequestAt = System.nanoTime();
            }
            // Distinct arguments each turn, so that the repetition guard lets every call run.
            List<Content> turnCalls =
                    calls.size() == 1 ? List.of(new ToolRequest("x" + n, "bench__dump", "{\"n\":" + n + "}")) : calls;
            ChatResponse response = n <= turns ? reply(turnCalls) : reply(List.of(new Text("done")));
            if (n == 1) {
                firstReplyAt = System.nanoTime();
            }
            return response;
        }

        @Override
        public ChatResponse stream(ChatRequest request, StreamListener listener) {
            return complete(request);
        }

        private static ChatResponse reply(List<Content> content) {
            Message message = Message.assistant(content);
            return new ChatResponse(
                    message,
                    Usage.of(1000, 50),
                    message.toolRequests().isEmpty() ? FinishReason.STOP : FinishReason.TOOL_USE,
                    "m");
        }
    }
}
