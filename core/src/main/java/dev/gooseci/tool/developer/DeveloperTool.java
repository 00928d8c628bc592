package dev.gooseci.tool.developer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.policy.PathDeniedException;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The shared frame of the developer tools: argument, sandbox and I/O failures become error results, and every
 * result passes the redactor (when the run has one) before it goes to the model.
 */
abstract class DeveloperTool implements Tool {
    private final ToolSpec spec;
    private final boolean readOnly;
    private final Optional<SecretRedactor> redactor;

    DeveloperTool(
            String name, String description, String inputSchema, boolean readOnly, Optional<SecretRedactor> redactor) {
        this.spec = new ToolSpec(name, description, inputSchema);
        this.readOnly = readOnly;
        this.redactor = redactor;
    }

    @Override
    public final ToolSpec spec() {
        return spec;
    }

    @Override
    public final boolean readOnly() {
        return readOnly;
    }

    @Override
    public final ToolResult call(ObjectNode arguments) {
        ToolResult result;
        try {
            result = run(new Arguments(spec.name(), arguments));
        } catch (ToolFailure | PathDeniedException e) {
            result = ToolResult.error(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            result = ToolResult.error(spec.name() + " failed: " + e);
        }
        if (redactor.isEmpty()) {
            return result;
        }
        return new ToolResult(redactor.get().redact(result.content()), result.isError());
    }

    abstract ToolResult run(Arguments arguments) throws IOException;
}
