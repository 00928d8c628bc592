package dev.gooseci.tool.developer;

import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code list_files}: a tree of a directory, two spaces of indent per level, directories ending in '/'. A directory at
 * the depth limit ends in "/…": its contents are not shown, and listing it shows them. Ignored and protected files are left out.
 */
final class ListFilesTool extends DeveloperTool {
    static final int DEFAULT_DEPTH = 3;
    static final int MAX_DEPTH = 20;
    static final int MAX_ENTRIES = 500;

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
            + "\"max_depth\":{\"type\":\"integer\"}}}";

    private final WorkspaceWalker walker;

    ListFilesTool(WorkspaceWalker walker, Optional<SecretRedactor> redactor) {
        super(
                "list_files",
                "List a directory tree (default path '.', max_depth 3), skipping ignored files.",
                SCHEMA,
                true,
                redactor);
        this.walker = walker;
    }

    @Override
    ToolResult run(Arguments arguments) throws IOException {
        String path = arguments.optionalText("path").orElse(".");
        int maxDepth = arguments.optionalInt("max_depth", 1, MAX_DEPTH).orElse(DEFAULT_DEPTH);
        StringBuilder out = new StringBuilder();
        int[] count = {0};
        boolean[] cut = {false};
        walker.walk(path, maxDepth, entry -> {
            if (count[0] == MAX_ENTRIES) {
                cut[0] = true;
                return false;
            }
            count[0]++;
            out.append("  ".repeat(entry.depth() - 1)).append(entry.name());
            if (entry.directory()) {
                out.append('/');
                if (entry.depth() == maxDepth) {
                    out.append('…');
                }
            }
            out.append('\n');
            return true;
        });
        if (count[0] == 0) {
            return ToolResult.ok("(no files in " + path + ")");
        }
        if (cut[0]) {
            out.append("[cut at ")
                    .append(MAX_ENTRIES)
                    .append(" entries; list a subdirectory or use a smaller max_depth]\n");
        }
        return ToolResult.ok(out.toString());
    }
}
