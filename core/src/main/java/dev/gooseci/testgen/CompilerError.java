package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

/**
 * One error from the compiler, as Maven prints it: {@code [ERROR] /path/File.java:[12,5] message}.
 *
 * @param file the absolute path of the source file
 * @param line the 1-based line
 * @param column the 1-based column, 0 when the compiler gave none
 */
public record CompilerError(String file, int line, int column, String message) {
    public CompilerError {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
