package dev.gooseci.agent;

import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fallback when a summary cannot be had: replace the contents of old tool results with a placeholder, one
 * message at a time from the middle of the conversation outward, until the conversation fits. The task at the start
 * and the latest results at the end go last. Messages are never removed, so every tool request keeps its response.
 */
final class ToolOutputDrop {
    static final String PLACEHOLDER = "[tool output dropped to save context]";

    private ToolOutputDrop() {}

    /** Drops at least one message's tool output, if any is long enough to be worth dropping, then until it fits. */
    static Conversation until(Conversation conversation, Predicate<Conversation> fits) {
        List<Message> messages = new ArrayList<>(conversation.messages());
        Conversation current = conversation;
        for (int index : middleOutward(messages.size())) {
            Message dropped = drop(messages.get(index));
            if (dropped == messages.get(index)) {
                continue;
            }
            messages.set(index, dropped);
            current = new Conversation(messages);
            if (fits.test(current)) {
                return current;
            }
        }
        return current;
    }

    /** Indexes {@code mid, mid-1, mid+1, mid-2, mid+2, ...} over {@code [0, size)}. */
    static List<Integer> middleOutward(int size) {
        List<Integer> order = new ArrayList<>(size);
        int mid = size / 2;
        for (int step = 0; order.size() < size; step++) {
            if (mid - step >= 0 && step > 0) {
                order.add(mid - step);
            }
            if (mid + step < size) {
                order.add(mid + step);
            }
        }
        return order;
    }

    private static Message drop(Message message) {
        boolean changed = false;
        List<Content> content = new ArrayList<>(message.content().size());
        for (Content block : message.content()) {
            if (block instanceof ToolResponse response && response.content().length() > 2 * PLACEHOLDER.length()) {
                content.add(new ToolResponse(response.id(), PLACEHOLDER, response.isError()));
                changed = true;
            } else {
                content.add(block);
            }
        }
        return changed ? new Message(message.role(), content) : message;
    }
}
