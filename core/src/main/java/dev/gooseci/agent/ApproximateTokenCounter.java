package dev.gooseci.agent;

import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.tool.ToolSpec;

/**
 * Counts every character the request sends (system prompt, text, thinking and its signature, tool names, arguments
 * and results, tool specs), divides by four, and adds four tokens a message for roles and framing. Four characters
 * a token holds for English and code with the common tokenizers; it counts low for other scripts, which the
 * compaction threshold's headroom and the context-too-long retry cover.
 */
final class ApproximateTokenCounter implements TokenCounter {
    static final int CHARS_PER_TOKEN = 4;
    static final int TOKENS_PER_MESSAGE = 4;

    @Override
    public long count(ChatRequest request) {
        long chars = request.system().length();
        for (ToolSpec spec : request.tools()) {
            chars += spec.name().length()
                    + spec.description().length()
                    + spec.inputSchema().length();
        }
        for (Message message : request.messages()) {
            for (Content content : message.content()) {
                chars += chars(content);
            }
        }
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN
                + (long) TOKENS_PER_MESSAGE * request.messages().size();
    }

    private static long chars(Content content) {
        if (content instanceof Text text) {
            return text.text().length();
        }
        if (content instanceof Thinking thinking) {
            return thinking.text().length() + thinking.signature().length();
        }
        if (content instanceof ToolRequest request) {
            return request.id().length()
                    + request.name().length()
                    + request.arguments().length();
        }
        if (content instanceof ToolResponse response) {
            return response.id().length() + response.content().length();
        }
        throw new AssertionError(content);
    }
}
