package dev.gooseci.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The files the runner reads after the step: {@code GITHUB_OUTPUT} for outputs and {@code GITHUB_STEP_SUMMARY} for
 * the job summary. Both are appended to, as other steps' commands share them. Values that may hold a newline use
 * the documented {@code name<<DELIMITER} form, with a delimiter no value can contain.
 */
final class StepFiles {
    /** GitHub's cap on one step's summary. */
    static final int SUMMARY_LIMIT = 1024 * 1024;

    private final Optional<Path> output;
    private final Optional<Path> summary;

    StepFiles(Map<String, String> env) {
        this.output = path(env, "GITHUB_OUTPUT");
        this.summary = path(env, "GITHUB_STEP_SUMMARY");
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Path::of);
    }

    void output(String name, String value) {
        if (output.isEmpty()) {
            return;
        }
        String entry;
        if (value.contains("\n") || value.contains("\r")) {
            String delimiter = "goose_" + UUID.randomUUID().toString().replace("-", "");
            entry = name + "<<" + delimiter + "\n" + value + (value.endsWith("\n") ? "" : "\n") + delimiter + "\n";
        } else {
            entry = name + "=" + value + "\n";
        }
        append(output.get(), entry);
    }

    /** Appends {@code markdown}, cut to fit GitHub's cap with a note that says so. */
    void summary(String markdown) {
        summary.ifPresent(file -> append(file, fit(markdown, SUMMARY_LIMIT)));
    }

    static String fit(String markdown, int limit) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= limit) {
            return markdown;
        }
        String note = "\n\n_The report was cut to fit GitHub's 1 MiB step summary; the full report is in the"
                + " report files._\n";
        int room = limit - note.getBytes(StandardCharsets.UTF_8).length;
        String cut = new String(bytes, 0, room, StandardCharsets.UTF_8);
        // a character split by the cut decodes as U+FFFD: drop it
        return cut.replaceAll("\uFFFD$", "") + note;
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }
}
