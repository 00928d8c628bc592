package dev.gooseci.tool.developer;

/** A call the tool cannot carry out; the message goes back to the model as an error result, so it says how to fix it. */
final class ToolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ToolFailure(String message) {
        super(message);
    }
}
