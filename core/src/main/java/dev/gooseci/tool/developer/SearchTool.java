package dev.gooseci.tool.developer;

import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code search}: the lines of the workspace's text files that a Java regular expression finds, as
 * {@code path:line: text}. Ignored, protected, binary and very large files are skipped, as are symbolic links (their
 * targets inside the workspace are searched where they lie).
 */
final class SearchTool extends DeveloperTool {
    static final int MAX_MATCHES = 200;
    static final int MAX_LINE = 200;
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"pattern\":{\"type\":\"string\"},"
            + "\"path\":{\"type\":\"string\"},\"glob\":{\"type\":\"string\"}},\"required\":[\"pattern\"]}";

    private final WorkspaceWalker walker;

    SearchTool(WorkspaceWalker walker, Optional<SecretRedactor> redactor) {
        super(
                "search",
                "Search text files for a Java regex; optional path (dir) and glob (e.g. *.java).",
                SCHEMA,
                true,
                redactor);
        this.walker = walker;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String regex = arguments.text("pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ToolFailure("invalid regex '" + regex + "': " + e.getDescription() + " near index " + e.getIndex()
                    + " (Java regex syntax; escape literal characters such as ( [ { . with \\)");
        }
        Optional<PathMatcher> glob = glob(arguments.optionalText("glob"));
        boolean globOnPath =
                arguments.optionalText("glob").map(g -> g.contains("/")).orElse(false);
        StringBuilder out = new StringBuilder();
        int[] matches = {0};
        int[] files = {0};
        walker.walk(arguments.optionalText("path").orElse("."), Integer.MAX_VALUE, entry -> {
            if (entry.directory() || !Files.isRegularFile(entry.file(), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            Path tested = Path.of(globOnPath ? entry.path() : entry.name());
            if (glob.isPresent() && !glob.get().matches(tested)) {
                return true;
            }
            try {
                if (Files.size(entry.file()) > MAX_FILE_BYTES
                        || TextFiles.binaryReason(entry.file()).isPresent()) {
                    return true;
                }
                files[0]++;
                return searchFile(entry.file(), entry.path(), pattern, out, matches);
            } catch (IOException e) {
                return true; // an unreadable file is skipped like a binary one
            }
        });
        if (matches[0] == 0) {
            return ToolResult.ok("no matches for /" + regex + "/ in " + files[0] + " files");
        }
        if (matches[0] > MAX_MATCHES) {
            out.append("[stopped at ").append(MAX_MATCHES).append(" matches; narrow the pattern, path or glob]\n");
        }
        return ToolResult.ok(out.toString());
    }

    /** Appends the file's matching lines; returns false once more than the cap was found. */
    private static boolean searchFile(Path file, String path, Pattern pattern, StringBuilder out, int[] matches)
            throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            Matcher matcher = pattern.matcher(new InterruptibleText(lines[i]));
            if (!matcher.find()) {
                continue;
            }
            if (++matches[0] > MAX_MATCHES) {
                return false;
            }
            out.append(path)
                    .append(':')
                    .append(i + 1)
                    .append(": ")
                    .append(excerpt(lines[i], matcher.start()))
                    .append('\n');
        }
        return true;
    }

    /** The line, or a window of it around the match with '…' where it was cut. */
    static String excerpt(String line, int matchStart) {
        if (line.length() <= MAX_LINE) {
            return line;
        }
        int from = Math.max(0, Math.min(matchStart - MAX_LINE / 4, line.length() - MAX_LINE));
        int to = Math.min(line.length(), from + MAX_LINE);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    private static Optional<PathMatcher> glob(Optional<String> glob) {
        if (glob.isEmpty() || glob.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FileSystems.getDefault().getPathMatcher("glob:" + glob.get()));
        } catch (IllegalArgumentException e) {
            throw new ToolFailure("invalid glob '" + glob.get() + "': " + e.getMessage());
        }
    }
}
