package dev.gooseci.agent;

import dev.gooseci.provider.ChatRequest;

/**
 * Estimates the prompt tokens of a request, to decide before a turn whether the conversation must be compacted. An
 * estimate is enough: the threshold leaves headroom, and a provider that still says the context is too long triggers
 * compaction anyway.
 */
@FunctionalInterface
public interface TokenCounter {

    /** The prompt tokens {@code request} will take: system prompt, messages and tool specs. */
    long count(ChatRequest request);

    /** About four characters a token, plus a little per message; see {@link ApproximateTokenCounter}. */
    static TokenCounter approximate() {
        return new ApproximateTokenCounter();
    }
}
