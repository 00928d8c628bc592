package dev.gooseci.agent;

import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A model that replies from a script, one reply per call, and records what it was sent. Public so that the tests of
 * packages that drive the loop (recipes) can script it too.
 */
public final class ScriptedProvider implements ChatProvider {
    private final Deque<Object> replies;
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Usage usagePerCall;

    private ScriptedProvider(List<Object> replies, Usage usagePerCall) {
        this.replies = new ArrayDeque<>(replies);
        this.usagePerCall = usagePerCall;
    }

    /** Each reply is a list of content blocks, or a ProviderException to throw. */
    public static ScriptedProvider replying(Object... replies) {
        return new ScriptedProvider(List.of(replies), Usage.of(10, 5));
    }

    public static ScriptedProvider repeating(Object reply, int times, Usage usage) {
        return new ScriptedProvider(Collections.nCopies(times, reply), usage);
    }

    public static List<Content> text(String text) {
        return List.of(new Text(text));
    }

    public static List<Content> calls(ToolRequest... requests) {
        return List.of(requests);
    }

    public static ToolRequest call(String id, String name, String arguments) {
        return new ToolRequest(id, name, arguments);
    }

    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public int remaining() {
        return replies.size();
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized ChatResponse complete(ChatRequest request) {
        requests.add(request);
        Object next = replies.poll();
        if (next == null) {
            throw new AssertionError("the script ran out after " + requests.size() + " calls");
        }
        if (next instanceof ProviderException failure) {
            throw failure;
        }
        List<Content> content = (List<Content>) next;
        Message message = Message.assistant(content);
        FinishReason finish = message.toolRequests().isEmpty() ? FinishReason.STOP : FinishReason.TOOL_USE;
        return new ChatResponse(message, usagePerCall, finish, request.model());
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        ChatResponse response = complete(request);
        listener.onText(response.message().text());
        return response;
    }
}
