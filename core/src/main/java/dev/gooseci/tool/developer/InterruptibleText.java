package dev.gooseci.tool.developer;

/**
 * A line for the regex engine that gives up when the thread is interrupted. A model's regex can backtrack for
 * hours on one line; the agent interrupts a tool call that runs past its time, and this makes the search notice.
 */
final class InterruptibleText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 20;

    private final String text;
    private int reads;

    InterruptibleText(String text) {
        this.text = text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
            throw new ToolFailure("search was interrupted: the regex took too long; try a simpler one");
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
