package dev.gooseci.agent;

import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the conversation inside the model's context window. Before a turn whose estimated prompt is over the
 * threshold (a share of the window), the history between the first user message and the latest exchange is replaced
 * by a summary from one extra model call. If that call fails, old tool output is dropped instead ({@link
 * ToolOutputDrop}). The latest exchange is kept whole, so a tool request never loses its response.
 */
final class Compactor {
    private static final Logger LOG = LoggerFactory.getLogger(Compactor.class);

    private final ChatProvider provider;
    private final TokenCounter counter;
    private final AgentConfig config;
    private final AgentListener listener;
    private final long limit;

    /** The conversation to send, and the tokens the summary call used (zero when there was none). */
    record Compaction(Conversation conversation, Usage usage) {}

    Compactor(ChatProvider provider, TokenCounter counter, AgentConfig config, AgentListener listener) {
        this.provider = provider;
        this.counter = counter;
        this.config = config;
        this.listener = listener;
        this.limit = (long) (config.contextWindow() * config.compactThreshold());
    }

    /** The conversation itself when its request fits under the threshold, or else compacted. */
    Compaction beforeTurn(String model, String system, Conversation conversation, List<ToolSpec> specs) {
        if (fits(model, system, conversation, specs)) {
            return new Compaction(conversation, Usage.ZERO);
        }
        return compact(model, system, conversation, specs);
    }

    /** Compacts whether or not the estimate says so: the provider has said the context is too long. */
    Compaction compact(String model, String system, Conversation conversation, List<ToolSpec> specs) {
        List<Message> messages = conversation.messages();
        int tail = tailStart(messages);
        Conversation result = conversation;
        Usage usage = Usage.ZERO;
        boolean summarised = false;
        if (tail > 1) {
            try {
                ChatRequest request = SummaryPrompt.request(model, messages.subList(0, tail), config.maxOutputTokens());
                ChatResponse response = provider.complete(request);
                usage = response.usage();
                String summary = response.message().text().strip();
                if (!summary.isEmpty()) {
                    List<Message> next = new ArrayList<>();
                    next.add(messages.get(0));
                    next.add(Message.user(SummaryPrompt.SUMMARY_HEADER + summary));
                    next.addAll(messages.subList(tail, messages.size()));
                    result = new Conversation(next);
                    summarised = true;
                }
            } catch (ProviderException e) {
                LOG.info("the summary call failed ({}); dropping old tool output instead", e.getMessage());
            }
        }
        if (!summarised || !fits(model, system, result, specs)) {
            result = ToolOutputDrop.until(result, candidate -> fits(model, system, candidate, specs));
        }
        listener.onCompacted(conversation.size(), result.size(), summarised);
        return new Compaction(result, usage);
    }

    private boolean fits(String model, String system, Conversation conversation, List<ToolSpec> specs) {
        return counter.count(ChatRequest.of(model, system, conversation.messages(), specs)) <= limit;
    }

    /**
     * Where the kept end of the conversation starts: the last message, and before it every message its tool
     * responses answer. Everything from index 1 up to here is summarised.
     */
    static int tailStart(List<Message> messages) {
        int tail = messages.size() - 1;
        while (tail > 1 && !messages.get(tail).toolResponses().isEmpty()) {
            tail--;
        }
        return tail;
    }
}
