package dev.gooseci.cli;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.StreamListener;

/** Puts a recipe's {@code temperature} on every request of the run, compaction summaries included. */
final class TemperatureProvider implements ChatProvider {
    private final ChatProvider delegate;
    private final double temperature;

    TemperatureProvider(ChatProvider delegate, double temperature) {
        this.delegate = delegate;
        this.temperature = temperature;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        return delegate.complete(request.withTemperature(temperature));
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        return delegate.stream(request.withTemperature(temperature), listener);
    }
}
