package dev.gooseci.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.agent.FinalOutput;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model that answers each unit by what its diff shows: for every file header {@code ## path (} in the user message,
 * it reports the findings scripted for that path, in one final output. So the answers do not depend on the order in
 * which parallel units call it.
 */
final class RoutedProvider implements ChatProvider {
    private final Map<String, List<ObjectNode>> findings = new LinkedHashMap<>();
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Usage usage;

    RoutedProvider(Usage usage) {
        this.usage = usage;
    }

    /** Reports a finding on {@code path} (file level when {@code line} is 0) whenever a unit shows that file. */
    RoutedProvider finding(String path, int line, String severity, String category, String title) {
        ObjectNode f = Json.object();
        f.put("path", path);
        if (line > 0) {
            f.put("line", line);
        }
        f.put("severity", severity);
        f.put("category", category);
        f.put("title", title);
        findings.computeIfAbsent(path, p -> new ArrayList<>()).add(f);
        return this;
    }

    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String name() {
        return "routed";
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        requests.add(request);
        String diff = request.messages().get(0).text();
        ObjectNode answer = Json.object();
        ArrayNode list = answer.putArray("findings");
        findings.forEach((path, scripted) -> {
            if (diff.contains("## " + path + " (")) {
                scripted.forEach(list::add);
            }
        });
        Message reply = Message.assistant(
                List.of(new ToolRequest("call_" + requests.size(), FinalOutput.TOOL_NAME, Json.write(answer))));
        return new ChatResponse(reply, usage, FinishReason.TOOL_USE, request.model());
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        return complete(request);
    }
}
