package dev.gooseci.provider;

/**
 * Receives a streamed reply as it arrives. Calls come from the thread that called
 * {@link ChatProvider#stream}, in arrival order. Every method has a no-op default.
 */
public interface StreamListener {

    /** Ignores every delta. */
    StreamListener NONE = new StreamListener() {};

    /** A piece of the answer's text. */
    default void onText(String delta) {}

    /** A piece of the model's reasoning. */
    default void onThinking(String delta) {}

    /**
     * A piece of a tool call. The first fragment for an {@code index} carries the call's id and name; later ones may
     * carry only argument text. Concatenating the fragments for an index gives the arguments.
     *
     * @param index the call's position in the reply
     * @param id the call id, or empty when this fragment does not repeat it
     * @param name the tool name, or empty when this fragment does not repeat it
     * @param argumentsDelta the next piece of the JSON arguments, possibly empty
     */
    default void onToolCall(int index, String id, String name, String argumentsDelta) {}
}
