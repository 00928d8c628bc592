package dev.gooseci.agent;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.Toolbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs the tool calls of one reply: checks each with the repetition guard and the gate, runs the allowed ones in
 * parallel on a bounded pool, and returns the responses in request order. A call to {@code final_output} is
 * validated here instead of run. Results over the {@link ToolOutputLimits} are cut, after the repetition guard has
 * seen them whole.
 */
final class ToolRunner implements AutoCloseable {
    private final Toolbox toolbox;
    private final ToolGate gate;
    private final RepetitionGuard guard;
    private final AgentConfig config;
    private final AgentListener listener;
    private final LongSupplier remainingNanos;
    private final ExecutorService pool;
    private final OutputSpill spill;

    record Outcome(
            List<ToolResponse> responses,
            Optional<String> finalOutput,
            Optional<String> finalOutputError,
            boolean timedOut) {}

    ToolRunner(
            Toolbox toolbox,
            ToolGate gate,
            RepetitionGuard guard,
            AgentConfig config,
            AgentListener listener,
            LongSupplier remainingNanos) {
        this.toolbox = toolbox;
        this.gate = gate;
        this.guard = guard;
        this.config = config;
        this.listener = listener;
        this.remainingNanos = remainingNanos;
        this.spill = new OutputSpill(config.toolOutput());
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.parallelism(), task -> {
            Thread thread = new Thread(task, "goose-tool-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    Outcome run(List<ToolRequest> requests) {
        ToolResponse[] responses = new ToolResponse[requests.size()];
        List<Future<ToolResult>> futures = new ArrayList<>(requests.size());
        Optional<String> output = Optional.empty();
        Optional<String> outputError = Optional.empty();
        for (int i = 0; i < requests.size(); i++) {
            ToolRequest request = requests.get(i);
            futures.add(null);
            if (request.name().equals(FinalOutput.TOOL_NAME)
                    && config.finalOutput().isPresent()) {
                Optional<String> errors = config.finalOutput().get().validate(request.arguments());
                if (errors.isEmpty()) {
                    output = Optional.of(request.arguments());
                    responses[i] = ToolResponse.ok(request.id(), "Final output accepted.");
                } else {
                    outputError = errors;
                    responses[i] = ToolResponse.error(
                            request.id(),
                            "The final output does not match its schema: " + errors.get() + ". Call "
                                    + FinalOutput.TOOL_NAME + " again with corrected JSON.");
                }
                continue;
            }
            Optional<String> denial = guard.check(request).or(() -> gate.denial(request, toolbox.find(request.name())));
            if (denial.isPresent()) {
                responses[i] = ToolResponse.error(request.id(), denial.get());
                listener.onDenied(request, denial.get());
            } else {
                listener.onAllowed(request);
                futures.set(i, pool.submit(() -> toolbox.call(request.name(), request.arguments())));
            }
        }
        boolean timedOut = false;
        for (int i = 0; i < requests.size(); i++) {
            Future<ToolResult> future = futures.get(i);
            ToolRequest request = requests.get(i);
            if (future != null) {
                ToolResult result;
                try {
                    result = future.get(remainingNanos.getAsLong(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    timedOut = true;
                    result = ToolResult.error(request.name() + " was stopped: the run reached its time limit");
                } catch (ExecutionException e) {
                    result = ToolResult.error(request.name() + " failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                    timedOut = true;
                    result = ToolResult.error(request.name() + " was interrupted");
                }
                guard.record(request, new ToolResponse(request.id(), result.content(), result.isError()));
                responses[i] =
                        new ToolResponse(request.id(), spill.apply(request.id(), result.content()), result.isError());
            }
            listener.onToolResult(request, responses[i]);
        }
        return new Outcome(List.of(responses), output, outputError, timedOut);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
