package dev.gooseci.agent;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.ContextTooLongException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.List;

/**
 * One model call with the context kept in check: the conversation is compacted first when it nears the window, and
 * once more, followed by one retry, when the provider still says it is too long. Counts every token spent, summary
 * calls included. One per run; not thread-safe.
 */
final class ModelTurn {
    private final ChatProvider provider;
    private final Compactor compactor;
    private final AgentConfig config;
    private final AgentListener listener;
    private Usage usage = Usage.ZERO;

    /** The conversation as sent (compacted or not) and the reply to it. */
    record Sent(Conversation conversation, ChatResponse response) {}

    ModelTurn(ChatProvider provider, Compactor compactor, AgentConfig config, AgentListener listener) {
        this.provider = provider;
        this.compactor = compactor;
        this.config = config;
        this.listener = listener;
    }

    /** Sends the turn; a {@link dev.gooseci.provider.ProviderException} that escapes is final. */
    Sent send(String model, String system, Conversation conversation, List<ToolSpec> specs) {
        Conversation current = take(compactor.beforeTurn(model, system, conversation, specs));
        try {
            return new Sent(current, call(model, system, current, specs));
        } catch (ContextTooLongException e) {
            Conversation compacted = take(compactor.compact(model, system, current, specs));
            if (compacted.equals(current)) {
                throw e;
            }
            return new Sent(compacted, call(model, system, compacted, specs));
        }
    }

    /** Every token spent so far: replies and summaries. */
    Usage usage() {
        return usage;
    }

    private Conversation take(Compactor.Compaction compaction) {
        usage = usage.plus(compaction.usage());
        return compaction.conversation();
    }

    private ChatResponse call(String model, String system, Conversation conversation, List<ToolSpec> specs) {
        ChatRequest request = ChatRequest.of(model, system, conversation.messages(), specs)
                .withMaxOutputTokens(config.maxOutputTokens());
        ChatResponse response = config.stream() ? provider.stream(request, listener) : provider.complete(request);
        usage = usage.plus(response.usage());
        return response;
    }
}
