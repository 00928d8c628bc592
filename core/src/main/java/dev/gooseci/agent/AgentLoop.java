package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.AuthenticationException;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import dev.gooseci.tool.Toolbox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs one agent task to its end: send the conversation and the tool specs, run the tool calls the gate allows in
 * parallel, append the results in request order, and repeat until the model stops asking for tools, returns a valid
 * final output, or a guard stops it. It never waits for input.
 *
 * <p>Before each turn the conversation is compacted when it nears the model's context window ({@link Compactor}),
 * and tool results over the limits are cut, with the whole output saved to a file ({@link ToolOutputLimits}).
 */
public final class AgentLoop {
    private final ChatProvider provider;
    private final Toolbox toolbox;
    private final ToolGate gate;
    private final AgentConfig config;
    private final AgentListener listener;
    private final TokenCounter tokens;
    private final LongSupplier nanoTime;
    private volatile boolean cancelled;

    public AgentLoop(
            ChatProvider provider, Toolbox toolbox, ToolGate gate, AgentConfig config, AgentListener listener) {
        this(provider, toolbox, gate, config, listener, TokenCounter.approximate(), System::nanoTime);
    }

    /** A loop that estimates prompt tokens with {@code tokens}, for compaction, instead of the approximate count. */
    public AgentLoop(
            ChatProvider provider,
            Toolbox toolbox,
            ToolGate gate,
            AgentConfig config,
            AgentListener listener,
            TokenCounter tokens) {
        this(provider, toolbox, gate, config, listener, tokens, System::nanoTime);
    }

    AgentLoop(
            ChatProvider provider,
            Toolbox toolbox,
            ToolGate gate,
            AgentConfig config,
            AgentListener listener,
            LongSupplier nanoTime) {
        this(provider, toolbox, gate, config, listener, TokenCounter.approximate(), nanoTime);
    }

    AgentLoop(
            ChatProvider provider,
            Toolbox toolbox,
            ToolGate gate,
            AgentConfig config,
            AgentListener listener,
            TokenCounter tokens,
            LongSupplier nanoTime) {
        this.provider = requireNonNull(provider, "provider");
        this.toolbox = requireNonNull(toolbox, "toolbox");
        this.gate = requireNonNull(gate, "gate");
        this.config = requireNonNull(config, "config");
        this.listener = requireNonNull(listener, "listener");
        this.tokens = requireNonNull(tokens, "tokens");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime");
    }

    /** Asks a running {@link #run} to stop at the next safe point; it returns with {@link StopReason.Cancelled}. */
    public void cancel() {
        cancelled = true;
    }

    /** Runs the task that {@code start} describes (usually one user message) with {@code system} as the prompt. */
    public AgentResult run(String model, String system, Conversation start) {
        long deadline = nanoTime.getAsLong() + config.timeout().toNanos();
        List<ToolSpec> specs = new ArrayList<>(toolbox.specs());
        config.finalOutput().ifPresent(output -> specs.add(output.spec()));
        RepetitionGuard guard = new RepetitionGuard(config.maxRepeats(), config.maxIdenticalErrors());
        Conversation conversation = start;
        Usage usage = Usage.ZERO;
        int turns = 0;
        int finalAttempts = 0;
        ModelTurn sender = new ModelTurn(provider, new Compactor(provider, tokens, config, listener), config, listener);
        try (ToolRunner runner = new ToolRunner(toolbox, gate, guard, config, listener, deadlineCheck(deadline))) {
            while (true) {
                Optional<StopReason> stop = checkBefore(turns, deadline);
                if (stop.isPresent()) {
                    return finish(conversation, stop.get(), usage, turns, Optional.empty());
                }
                turns++;
                listener.onTurn(turns);
                ModelTurn.Sent sent;
                try {
                    sent = sender.send(model, system, conversation, specs);
                } catch (ProviderException e) {
                    StopReason failed =
                            new StopReason.ProviderFailed(e.getMessage(), e instanceof AuthenticationException);
                    return finish(conversation, failed, sender.usage(), turns, Optional.empty());
                }
                ChatResponse response = sent.response();
                usage = sender.usage();
                conversation = sent.conversation().append(response.message());
                listener.onResponse(turns, response);

                List<ToolRequest> requests = response.message().toolRequests();
                if (requests.isEmpty()) {
                    if (config.finalOutput().isEmpty()) {
                        return finish(conversation, new StopReason.Completed(), usage, turns, Optional.empty());
                    }
                    finalAttempts++;
                    String missing =
                            "You have not called " + FinalOutput.TOOL_NAME + ". Finish by calling it with your answer.";
                    if (finalAttempts > config.finalOutputRetries()) {
                        return finish(
                                conversation,
                                new StopReason.FinalOutputInvalid(finalAttempts, missing),
                                usage,
                                turns,
                                Optional.empty());
                    }
                    conversation = conversation.append(Message.user(missing));
                } else {
                    ToolRunner.Outcome outcome = runner.run(requests);
                    conversation = conversation.append(Message.toolResponses(outcome.responses()));
                    if (outcome.finalOutput().isPresent()) {
                        return finish(conversation, new StopReason.Completed(), usage, turns, outcome.finalOutput());
                    }
                    if (outcome.finalOutputError().isPresent()) {
                        finalAttempts++;
                        if (finalAttempts > config.finalOutputRetries()) {
                            StopReason invalid = new StopReason.FinalOutputInvalid(
                                    finalAttempts, outcome.finalOutputError().get());
                            return finish(conversation, invalid, usage, turns, Optional.empty());
                        }
                    }
                    if (outcome.timedOut()) {
                        StopReason late =
                                cancelled ? new StopReason.Cancelled() : new StopReason.Timeout(config.timeout());
                        return finish(conversation, late, usage, turns, Optional.empty());
                    }
                }
                Optional<StopReason> overCost = costCheck(usage);
                if (overCost.isPresent()) {
                    return finish(conversation, overCost.get(), usage, turns, Optional.empty());
                }
                if (usage.totalTokens() > config.maxTokens()) {
                    StopReason over = new StopReason.MaxTokens(usage.totalTokens(), config.maxTokens());
                    return finish(conversation, over, usage, turns, Optional.empty());
                }
            }
        }
    }

    private Optional<StopReason> costCheck(Usage usage) {
        if (config.maxCostUsd().isEmpty()) {
            return Optional.empty();
        }
        Cost spent = config.costMeter().cost(usage);
        BigDecimal limit = config.maxCostUsd().get();
        if (spent.known() && spent.usd().orElseThrow().compareTo(limit) > 0) {
            return Optional.of(
                    new StopReason.MaxCost(spent.toString(), Cost.of(limit).toString()));
        }
        return Optional.empty();
    }

    private Optional<StopReason> checkBefore(int turns, long deadline) {
        if (cancelled) {
            return Optional.of(new StopReason.Cancelled());
        }
        if (turns >= config.maxTurns()) {
            return Optional.of(new StopReason.MaxTurns(turns));
        }
        if (nanoTime.getAsLong() >= deadline) {
            return Optional.of(new StopReason.Timeout(config.timeout()));
        }
        return Optional.empty();
    }

    private LongSupplier deadlineCheck(long deadline) {
        return () -> cancelled ? 0 : Math.max(0, deadline - nanoTime.getAsLong());
    }

    private AgentResult finish(
            Conversation conversation, StopReason reason, Usage usage, int turns, Optional<String> output) {
        listener.onStop(reason);
        return new AgentResult(conversation, reason, usage, turns, output);
    }
}
