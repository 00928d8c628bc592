package dev.gooseci.conversation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One turn of the conversation. Tool responses travel in user messages, as in Anthropic's and Goose's models; the
 * OpenAI mapper splits them into {@code tool} role messages.
 */
public record Message(Role role, List<Content> content) {
    public Message {
        requireNonNull(role, "role");
        content = List.copyOf(content);
    }

    public static Message user(String text) {
        return new Message(Role.USER, List.of(new Text(text)));
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, List.of(new Text(text)));
    }

    public static Message assistant(List<? extends Content> content) {
        return new Message(Role.ASSISTANT, List.copyOf(content));
    }

    public static Message toolResponses(List<ToolResponse> responses) {
        return new Message(Role.USER, List.copyOf(responses));
    }

    /** The text blocks joined, without thinking or tool blocks. */
    public String text() {
        return content.stream()
                .filter(Text.class::isInstance)
                .map(c -> ((Text) c).text())
                .collect(Collectors.joining());
    }

    public List<ToolRequest> toolRequests() {
        return content.stream()
                .filter(ToolRequest.class::isInstance)
                .map(ToolRequest.class::cast)
                .toList();
    }

    public List<ToolResponse> toolResponses() {
        return content.stream()
                .filter(ToolResponse.class::isInstance)
                .map(ToolResponse.class::cast)
                .toList();
    }
}
