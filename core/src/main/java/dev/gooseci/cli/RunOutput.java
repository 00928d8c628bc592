package dev.gooseci.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.StopReason;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.Usage;
import dev.gooseci.recipe.RecipeResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a run in the chosen format. Everything printed passes through the run's redactor first: a secret the
 * model echoed must not reach a CI log.
 */
final class RunOutput implements AgentListener {
    private final OutputFormat format;
    private final PrintWriter out;
    private final SecretRedactor redactor;

    RunOutput(OutputFormat format, PrintWriter out, SecretRedactor redactor) {
        this.format = format;
        this.out = out;
        this.redactor = redactor;
    }

    @Override
    public void onTurn(int turn) {
        if (streaming()) {
            emit(event("turn").put("turn", turn));
        }
    }

    @Override
    public void onText(String delta) {
        if (streaming()) {
            emit(event("text").put("delta", redactor.redact(delta)));
        }
    }

    @Override
    public void onDenied(ToolRequest request, String reason) {
        if (streaming()) {
            emit(event("tool_denied")
                    .put("id", request.id())
                    .put("name", request.name())
                    .put("reason", redactor.redact(reason)));
        }
    }

    @Override
    public void onToolResult(ToolRequest request, ToolResponse response) {
        if (streaming()) {
            emit(event("tool_call")
                    .put("id", request.id())
                    .put("name", request.name())
                    .put("arguments", redactor.redact(request.arguments()))
                    .put("is_error", response.isError())
                    .put("result", redactor.redact(response.content())));
        }
    }

    /** Prints the end of the run: the answer for text, a summary document for json, a result event otherwise. */
    void finish(AgentResult result, AgentSession session) {
        summary(result, session).ifPresent(this::emit);
    }

    /** As {@link #finish(AgentResult, AgentSession)}, with the recipe's attempts and whether its checks passed. */
    void finish(RecipeResult result, AgentSession session) {
        summary(result.agent(), session).ifPresent(summary -> {
            summary.put("attempts", result.attempts());
            summary.put("checks_passed", result.checksPassed());
            emit(summary);
        });
    }

    private Optional<ObjectNode> summary(AgentResult result, AgentSession session) {
        String answer = redactor.redact(result.finalOutput().orElseGet(result::lastText));
        if (format == OutputFormat.TEXT) {
            if (!answer.isBlank()) {
                out.println(answer);
                out.flush();
            }
            return Optional.empty();
        }
        ObjectNode summary = Json.object();
        summary.put("type", "result");
        summary.put("text", answer);
        summary.put("completed", result.completed());
        summary.put("stop_reason", stopName(result.stopReason()));
        summary.put("stop_detail", result.stopReason().describe());
        summary.put("turns", result.turns());
        summary.put("provider", session.providerName());
        summary.put("model", session.model());
        Usage usage = result.usage();
        summary.putObject("usage")
                .put("input_tokens", usage.inputTokens())
                .put("output_tokens", usage.outputTokens())
                .put("cache_read_tokens", usage.cacheReadTokens())
                .put("cache_write_tokens", usage.cacheWriteTokens());
        Cost cost = session.cost(usage);
        if (cost.known()) {
            summary.put("cost_usd", cost.usd().orElseThrow());
        } else {
            summary.putNull("cost_usd");
        }
        return Optional.of(summary);
    }

    static String stopName(StopReason reason) {
        String simple = reason.getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private boolean streaming() {
        return format == OutputFormat.STREAM_JSON;
    }

    private static ObjectNode event(String type) {
        return Json.object().put("type", type);
    }

    private void emit(ObjectNode event) {
        out.println(Json.write(event));
        out.flush();
    }
}
