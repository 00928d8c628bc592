package dev.gooseci.provider.replay;

import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.StreamListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a recorded reply as the deltas a vendor would have streamed: text and thinking in a few pieces, each tool call
 * as a first fragment with its id and name followed by its arguments in pieces. Redacted thinking is opaque and is not
 * streamed, as vendors do not stream it either.
 */
final class StreamReplay {
    /** Pieces per text; enough for a listener that only handles a single delta to show up in tests. */
    static final int PIECES = 3;

    private StreamReplay() {}

    static void play(ChatResponse response, StreamListener listener) {
        int toolIndex = 0;
        for (Content content : response.message().content()) {
            if (content instanceof Text text) {
                split(text.text()).forEach(listener::onText);
            } else if (content instanceof Thinking thinking) {
                if (!thinking.redacted()) {
                    split(thinking.text()).forEach(listener::onThinking);
                }
            } else if (content instanceof ToolRequest request) {
                int index = toolIndex++;
                listener.onToolCall(index, request.id(), request.name(), "");
                for (String piece : split(request.arguments())) {
                    listener.onToolCall(index, "", "", piece);
                }
            } else if (content instanceof ToolResponse) {
                // an assistant message carries no tool responses; nothing to stream
            } else {
                throw new AssertionError(content);
            }
        }
    }

    /** Up to {@link #PIECES} non-empty pieces that concatenate to {@code text}, never splitting a surrogate pair. */
    static List<String> split(String text) {
        List<String> pieces = new ArrayList<>(PIECES);
        int size = Math.max(1, (text.length() + PIECES - 1) / PIECES);
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
