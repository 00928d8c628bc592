package dev.gooseci.diff;

import java.nio.charset.StandardCharsets;

/** Walks a byte buffer line by line ({@code \n} ends a line; a {@code \r} stays part of it) without copying. */
final class LineCursor {

    private final byte[] buf;
    private int start;
    private int end;
    private int next;
    private int number;
    private boolean loaded;

    LineCursor(byte[] buf) {
        this.buf = buf;
    }

    /** Loads the next line; false at the end of the text (a final {@code \n} does not start an empty line). */
    boolean advance() {
        if (next >= buf.length) {
            loaded = false;
            start = end = buf.length;
            return false;
        }
        start = next;
        int i = start;
        while (i < buf.length && buf[i] != '\n') {
            i++;
        }
        end = i;
        next = i + 1;
        number++;
        loaded = true;
        return true;
    }

    boolean loaded() {
        return loaded;
    }

    /** 1-based number of the current line. */
    int number() {
        return number;
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int length() {
        return end - start;
    }

    /** The first byte of the current line, or -1 when it is empty or there is none. */
    int first() {
        return loaded && end > start ? buf[start] : -1;
    }

    boolean startsWith(String ascii) {
        if (!loaded || end - start < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[start + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next line (after the current one) starts with the given text. */
    boolean nextStartsWith(String ascii) {
        if (next + ascii.length() > buf.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[next + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current line from {@code offset} on, as a header: decoded as UTF-8, a trailing {@code \r} dropped. */
    String header(int offset) {
        int to = end > start + offset && buf[end - 1] == '\r' ? end - 1 : end;
        int from = Math.min(start + offset, to);
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }
}
