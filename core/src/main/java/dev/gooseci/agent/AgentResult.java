package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.provider.Usage;
import java.util.List;
import java.util.Optional;

/**
 * What a run produced, whether or not it completed.
 *
 * @param conversation everything said, tool calls and results included
 * @param stopReason why it ended
 * @param usage tokens over all turns
 * @param turns model calls made
 * @param finalOutput the validated final answer, when the run asked for one and got it
 */
public record AgentResult(
        Conversation conversation, StopReason stopReason, Usage usage, int turns, Optional<String> finalOutput) {

    public AgentResult {
        requireNonNull(conversation, "conversation");
        requireNonNull(stopReason, "stopReason");
        requireNonNull(usage, "usage");
        requireNonNull(finalOutput, "finalOutput");
    }

    public boolean completed() {
        return stopReason instanceof StopReason.Completed;
    }

    /** The text of the model's last message that had any, or empty. */
    public String lastText() {
        List<Message> messages = conversation.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.role() == Role.ASSISTANT && !message.text().isBlank()) {
                return message.text();
            }
        }
        return "";
    }
}
