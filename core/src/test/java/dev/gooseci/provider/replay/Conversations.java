package dev.gooseci.provider.replay;

import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Usage;
import dev.gooseci.tool.ToolSpec;
import java.util.List;

/** Built conversations that together use every content kind and the awkward values each field can hold. */
final class Conversations {
    static final ToolSpec READ_FILE = new ToolSpec(
            "developer__read_file",
            "Reads a file.",
            "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}");
    static final ToolSpec SHELL = new ToolSpec("developer__shell", "Runs a command.", "{\n  \"type\": \"object\"\n}");

    private Conversations() {}

    static List<ChatRequest> requests() {
        return List.of(
                ChatRequest.of("gpt-4o", "", List.of(Message.user("Hi")), List.of()),
                ChatRequest.of("claude-sonnet-4", "You review code.", toolRound(), List.of(READ_FILE, SHELL))
                        .withTemperature(0.2)
                        .withMaxOutputTokens(1024),
                ChatRequest.of("llama3.2", "Système: \"quotes\"\n\ttabs ☃ 🪿", awkwardArguments(), List.of(SHELL)),
                ChatRequest.of("o3", "", thinkingRound(), List.of()).withTemperature(0),
                ChatRequest.of("m", "", List.of(new Message(Role.USER, List.of()), Message.user("")), List.of()));
    }

    static List<ChatResponse> responses() {
        return List.of(
                new ChatResponse(Message.assistant("Hello"), Usage.of(10, 2), FinishReason.STOP, "gpt-4o"),
                new ChatResponse(
                        Message.assistant(List.of(
                                Thinking.of("Check the file first.", "sig=="),
                                new Text("Reading it."),
                                new ToolRequest("toolu_1", "developer__read_file", "{\"path\":\"Foo.java\"}"),
                                new ToolRequest("toolu_2", "developer__shell", "{\"command\": \"ls\"}"))),
                        new Usage(100, 20, 3000, 400),
                        FinishReason.TOOL_USE,
                        "claude-sonnet-4-20250514"),
                new ChatResponse(
                        Message.assistant(List.of(Thinking.redacted("EqQBCgIYAhIM"), new Text("Cut off"))),
                        Usage.ZERO,
                        FinishReason.MAX_TOKENS,
                        ""),
                new ChatResponse(Message.assistant(List.of()), Usage.of(1, 0), FinishReason.CONTENT_FILTER, "x"),
                new ChatResponse(Message.assistant("🪿 \"honk\"\n"), Usage.of(5, 5), FinishReason.OTHER, "y"));
    }

    /** A user asks, the model calls a tool, the tool answers, once successfully and once with an error. */
    static List<Message> toolRound() {
        return List.of(
                Message.user("Review Foo.java"),
                Message.assistant(List.of(
                        new ToolRequest("call_1", "developer__read_file", "{\"path\":\"Foo.java\"}"),
                        new ToolRequest("call_2", "developer__read_file", "{\"path\":\"Missing.java\"}"))),
                Message.toolResponses(List.of(
                        ToolResponse.ok("call_1", "class Foo {}"),
                        ToolResponse.error("call_2", "no such file: Missing.java"))));
    }

    /** Arguments that are not compact JSON objects must survive as their exact text. */
    static List<Message> awkwardArguments() {
        return List.of(
                Message.user("Run things"),
                Message.assistant(List.of(
                        new ToolRequest("a", "developer__shell", "{\"command\": \"ls -la\"}"),
                        new ToolRequest("b", "developer__shell", "not json at all"),
                        new ToolRequest("c", "developer__shell", ""),
                        new ToolRequest("d", "developer__shell", "[1,2]"),
                        new ToolRequest("e", "developer__shell", "{\"n\":1e2}"),
                        new ToolRequest("f", "developer__shell", "{\"a\":1,\"a\":2}"),
                        new ToolRequest("g", "developer__shell", "{\"nested\":{\"list\":[true,null,1.5]}}"))));
    }

    static List<Message> thinkingRound() {
        return List.of(
                Message.user("Think"),
                Message.assistant(List.of(
                        Thinking.of("Let me think.", "EqQBCgIYAhIMsig"),
                        Thinking.redacted("opaque-bytes"),
                        new Thinking("unsigned", "", false),
                        new Text("Done."))),
                Message.user("Thanks"));
    }
}
