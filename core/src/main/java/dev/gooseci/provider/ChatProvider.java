package dev.gooseci.provider;

/**
 * A chat model behind some wire format. Implementations are thread-safe: the review flow calls one provider from
 * several units at once.
 *
 * <p>Both calls retry transient failures inside, through the {@link RetryPolicy} the provider was built with; a
 * stream is retried only until its first delta reaches the listener. What escapes is final: a typed
 * {@link ProviderException} (unchecked).
 */
public interface ChatProvider {

    /** The provider's name as configured, for example {@code openai} or {@code groq}. */
    String name();

    /** Sends the request and waits for the whole reply. */
    ChatResponse complete(ChatRequest request);

    /**
     * Sends the request and reports deltas to {@code listener} as they arrive, then returns the completed reply with
     * usage and finish reason, the same value {@link #complete} would have returned.
     */
    ChatResponse stream(ChatRequest request, StreamListener listener);
}
