package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;

/**
 * The model's reply to one request.
 *
 * @param message the assistant message: text, thinking and tool requests in the order the vendor sent them
 * @param usage the tokens this call used
 * @param finishReason why the model stopped
 * @param model the model that answered, as the vendor named it
 */
public record ChatResponse(Message message, Usage usage, FinishReason finishReason, String model) {
    public ChatResponse {
        requireNonNull(message, "message");
        requireNonNull(usage, "usage");
        requireNonNull(finishReason, "finishReason");
        requireNonNull(model, "model");
        if (message.role() != Role.ASSISTANT) {
            throw new IllegalArgumentException("a response carries an assistant message, not " + message.role());
        }
    }
}
