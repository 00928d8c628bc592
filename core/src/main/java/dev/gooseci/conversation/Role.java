package dev.gooseci.conversation;

/** Who said a message. The system prompt is not a message; it travels beside the conversation. */
public enum Role {
    USER,
    ASSISTANT
}
