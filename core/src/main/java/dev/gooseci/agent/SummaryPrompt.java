package dev.gooseci.agent;

import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Role;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatRequest;
import java.util.List;

/**
 * The one extra model call that compacts a conversation. The history goes as a plain-text transcript in a single
 * user message, with no tools declared: vendors reject tool blocks without tool definitions, and a transcript lets
 * long tool results be clipped so that the summary call itself fits.
 */
final class SummaryPrompt {
    /** Each tool result appears in the transcript with at most this many characters, head and tail. */
    static final int RESULT_CHARS = 2_000;

    static final String SYSTEM = "You compact the history of an AI agent that is working on a task in CI, so that it"
            + " can go on with a shorter context. Reply with the summary only; do not call tools.";

    static final String INSTRUCTIONS = """
            Write these sections, in this order, as Markdown headings:
            ## Goal
            The task, in one or two sentences.
            ## Constraints
            Rules, limits and preferences that the user, the system or the tools set.
            ## Progress
            What has been done and found so far.
            ## Key decisions
            The choices made, and why.
            ## Next steps
            What remains to be done, in order.
            ## Critical context
            What the next steps need: file paths, line numbers, identifiers, commands, versions, error messages.

            Keep file paths, identifiers, commands and error messages exact, character for character. Leave out tool \
            output that the next steps do not need.""";

    /** Opens the summary when it takes the place of the history. */
    static final String SUMMARY_HEADER =
            "The earlier conversation was compacted to fit the context window. Summary of it:\n\n";

    private SummaryPrompt() {}

    static ChatRequest request(String model, List<Message> history, int maxOutputTokens) {
        String prompt = "Summarise the conversation below so that the agent can carry on without it.\n\n"
                + "<conversation>\n" + transcript(history) + "</conversation>\n\n" + INSTRUCTIONS;
        return ChatRequest.of(model, SYSTEM, List.of(Message.user(prompt)), List.of())
                .withMaxOutputTokens(maxOutputTokens);
    }

    static String transcript(List<Message> history) {
        StringBuilder out = new StringBuilder();
        for (Message message : history) {
            String role = message.role() == Role.USER ? "user" : "assistant";
            for (Content content : message.content()) {
                if (content instanceof Text text) {
                    out.append('[').append(role).append("] ").append(text.text());
                } else if (content instanceof Thinking) {
                    continue;
                } else if (content instanceof ToolRequest request) {
                    out.append("[tool call ").append(request.id()).append("] ").append(request.name());
                    out.append(' ').append(request.arguments());
                } else if (content instanceof ToolResponse response) {
                    out.append(response.isError() ? "[tool error " : "[tool result ")
                            .append(response.id());
                    out.append("] ").append(clip(response.content()));
                } else {
                    throw new AssertionError(content);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String clip(String text) {
        if (text.length() <= RESULT_CHARS) {
            return text;
        }
        int half = RESULT_CHARS / 2;
        return text.substring(0, half) + "[... " + (text.length() - RESULT_CHARS) + " characters not shown ...]"
                + text.substring(text.length() - half);
    }
}
