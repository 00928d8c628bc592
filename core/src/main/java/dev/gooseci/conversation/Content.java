package dev.gooseci.conversation;

/** One block of a message. The set is closed so that every provider mapper handles every kind. */
public sealed interface Content permits Text, Thinking, ToolRequest, ToolResponse {}
