package dev.gooseci.agent;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * How long a tool result may be before it is cut, and where the whole of it is saved. A cut result keeps its head
 * and tail around a marker line that names the saved file, so the model can page through the rest with its file
 * tools instead of losing it or flooding the context.
 *
 * <p>Each cut output is saved once, as {@code <directory>/<call id>.txt} (the id with anything but letters, digits,
 * '.', '_' and '-' replaced by '_'; {@code -2}, {@code -3}... is added when a provider reuses an id). By default the
 * directory is {@value #DEFAULT_DIRECTORY} in the workspace, and the marker gives the path relative to the workspace,
 * the way the developer tools take paths. Hosts that commit the workspace must leave that directory out.
 *
 * @param maxChars results longer than this are cut (default 50,000)
 * @param maxLines results with more lines than this are cut (default 2,000)
 * @param workspace the directory the model's file tools resolve relative paths against
 * @param directory where whole outputs are saved; a relative path is resolved against {@code workspace}
 */
public record ToolOutputLimits(int maxChars, int maxLines, Path workspace, Path directory) {
    /** The default save directory, relative to the workspace. */
    public static final String DEFAULT_DIRECTORY = ".goose-ci/tool-output";

    public ToolOutputLimits {
        requireNonNull(workspace, "workspace");
        requireNonNull(directory, "directory");
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be at least 100, was " + maxChars);
        }
        if (maxLines < 2) {
            throw new IllegalArgumentException("maxLines must be at least 2, was " + maxLines);
        }
        workspace = workspace.toAbsolutePath().normalize();
        directory = workspace.resolve(directory).normalize();
    }

    /** 50,000 characters or 2,000 lines, saved under {@value #DEFAULT_DIRECTORY} in {@code workspace}. */
    public static ToolOutputLimits in(Path workspace) {
        return new ToolOutputLimits(50_000, 2_000, workspace, Path.of(DEFAULT_DIRECTORY));
    }

    /** The limits {@link #in} the process's working directory, which in CI is the checkout. */
    public static ToolOutputLimits defaults() {
        return in(Path.of(""));
    }

    public ToolOutputLimits withDirectory(Path value) {
        return new ToolOutputLimits(maxChars, maxLines, workspace, value);
    }

    public ToolOutputLimits withLimits(int chars, int lines) {
        return new ToolOutputLimits(chars, lines, workspace, directory);
    }
}
