package dev.gooseci.provider.replay;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.StreamListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A fake model for tests: answers each call with the next canned reply, a response or an exception to throw. */
final class CannedProvider implements ChatProvider {
    private final Deque<Object> replies;
    private final List<ChatRequest> received = new ArrayList<>();

    CannedProvider(List<?> replies) {
        this.replies = new ArrayDeque<>(replies);
    }

    @Override
    public String name() {
        return "canned";
    }

    @Override
    public synchronized ChatResponse complete(ChatRequest request) {
        received.add(request);
        Object reply = replies.removeFirst();
        if (reply instanceof ProviderException failure) {
            throw failure;
        }
        return (ChatResponse) reply;
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        ChatResponse response = complete(request);
        listener.onText(response.message().text());
        List<ToolRequest> calls = response.message().toolRequests();
        for (int i = 0; i < calls.size(); i++) {
            listener.onToolCall(
                    i, calls.get(i).id(), calls.get(i).name(), calls.get(i).arguments());
        }
        return response;
    }

    synchronized List<ChatRequest> received() {
        return List.copyOf(received);
    }
}
