package dev.gooseci.tool.developer;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the first and the last half of a capped number of bytes of a stream, and counts the rest. Build and test
 * output puts the command line at the top and the failure at the bottom, so both ends matter. Thread-safe: a reader
 * thread writes while the caller may already read.
 */
final class HeadTailBuffer {
    private final byte[] head;
    private final byte[] tail;
    private int headLength;
    private long tailWritten;
    private long total;

    /** @param cap the most bytes kept; half at the head, half at the tail */
    HeadTailBuffer(int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("the output cap must be at least 2 bytes, was " + cap);
        }
        this.head = new byte[cap / 2];
        this.tail = new byte[cap - cap / 2];
    }

    synchronized void write(byte[] bytes, int offset, int length) {
        total += length;
        int toHead = Math.min(length, head.length - headLength);
        System.arraycopy(bytes, offset, head, headLength, toHead);
        headLength += toHead;
        int from = Math.max(offset + toHead, offset + length - tail.length);
        tailWritten += from - (offset + toHead);
        for (int i = from; i < offset + length; i++) {
            tail[(int) (tailWritten++ % tail.length)] = bytes[i];
        }
    }

    /** The kept text; when bytes were dropped, a line in the middle says how many. */
    synchronized String text() {
        StringBuilder text = new StringBuilder(new String(head, 0, headLength, StandardCharsets.UTF_8));
        long dropped = total - headLength - Math.min(tailWritten, tail.length);
        if (dropped > 0) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            text.append("[… ").append(dropped).append(" bytes of output cut …]\n");
        }
        int kept = (int) Math.min(tailWritten, tail.length);
        byte[] ordered = new byte[kept];
        int start = (int) ((tailWritten - kept) % tail.length);
        for (int i = 0; i < kept; i++) {
            ordered[i] = tail[(start + i) % tail.length];
        }
        return text.append(new String(ordered, StandardCharsets.UTF_8)).toString();
    }
}
