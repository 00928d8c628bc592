package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks every path argument of a tool call ({@code path}, {@code file_path}, {@code paths[]}, ...) against the
 * {@link PathSandbox}: as a read for read-only tools, as a write for the others. A path argument that is not text is
 * denied, since the tool would not know what to do with it either.
 */
public final class PathInspector implements Inspector {
    private static final List<String> FIELDS = List.of(
            "path", "file", "file_path", "filename", "filepath", "dir", "directory", "target", "destination", "source");

    private final PathSandbox sandbox;

    public PathInspector(PathSandbox sandbox) {
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    @Override
    public Decision inspect(ToolUse use, Decision current) {
        Access access = use.readOnly() ? Access.READ : Access.WRITE;
        for (String field : FIELDS) {
            Decision decision = check(use.arguments().get(field), field, access);
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        JsonNode paths = use.arguments().get("paths");
        if (paths != null) {
            if (!paths.isArray()) {
                return Decision.deny("argument 'paths' must be an array of workspace-relative paths");
            }
            for (JsonNode path : paths) {
                Decision decision = check(path, "paths[]", access);
                if (!decision.isAllowed()) {
                    return decision;
                }
            }
        }
        return Decision.allow();
    }

    private Decision check(JsonNode value, String field, Access access) {
        if (value == null || value.isNull()) {
            return Decision.allow();
        }
        if (!value.isTextual()) {
            return Decision.deny("argument '" + field + "' must be a workspace-relative path as text");
        }
        return sandbox.check(value.asText(), access);
    }
}
