package dev.gooseci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the task of {@code goose-ci run} from {@code -t}, or from {@code -i FILE} / {@code -i -}, which are scanned. */
final class TaskInput {
    private TaskInput() {}

    static String read(String text, String file, InputStream stdin, UntrustedInput untrusted) {
        String task;
        try {
            if (text != null) {
                task = text;
            } else if (file.equals("-")) {
                task = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
                untrusted.scan("stdin", task);
            } else {
                Path path = Path.of(file);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalArgumentException("instructions file " + path + " does not exist");
                }
                task = Files.readString(path);
                untrusted.scan("task-file", task);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the task: " + e.getMessage(), e);
        }
        if (task.isBlank()) {
            throw new IllegalArgumentException("the task is empty; give it with -t TEXT or -i FILE");
        }
        return task;
    }
}
