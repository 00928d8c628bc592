package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.conversation.Message;
import dev.gooseci.tool.ToolSpec;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What is sent on one turn.
 *
 * @param model the vendor's model name (for Azure, the deployment)
 * @param system the system prompt, empty for none
 * @param messages the conversation so far
 * @param tools the tools the model may call
 * @param maxOutputTokens the cap on the reply's length
 * @param temperature sampling temperature, or empty for the vendor's default
 */
public record ChatRequest(
        String model,
        String system,
        List<Message> messages,
        List<ToolSpec> tools,
        int maxOutputTokens,
        OptionalDouble temperature) {

    /** Replies are capped at this many tokens unless the caller says otherwise. */
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 4096;

    public ChatRequest {
        requireNonNull(model, "model");
        requireNonNull(system, "system");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        requireNonNull(temperature, "temperature");
        if (maxOutputTokens <= 0) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
        }
    }

    public static ChatRequest of(String model, String system, List<Message> messages, List<ToolSpec> tools) {
        return new ChatRequest(model, system, messages, tools, DEFAULT_MAX_OUTPUT_TOKENS, OptionalDouble.empty());
    }

    public ChatRequest withMaxOutputTokens(int max) {
        return new ChatRequest(model, system, messages, tools, max, temperature);
    }

    public ChatRequest withTemperature(double value) {
        return new ChatRequest(model, system, messages, tools, maxOutputTokens, OptionalDouble.of(value));
    }
}
