package dev.gooseci.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An immutable sequence of messages; appending returns a new conversation. */
public record Conversation(List<Message> messages) {
    public Conversation {
        messages = List.copyOf(messages);
    }

    public static Conversation empty() {
        return new Conversation(List.of());
    }

    public static Conversation of(Message... messages) {
        return new Conversation(List.of(messages));
    }

    public Conversation append(Message message) {
        List<Message> next = new ArrayList<>(messages.size() + 1);
        next.addAll(messages);
        next.add(message);
        return new Conversation(next);
    }

    public Optional<Message> last() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    public int size() {
        return messages.size();
    }
}
