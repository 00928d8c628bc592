package dev.gooseci.tool.mcp;

import io.modelcontextprotocol.spec.McpError;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Turns what the SDK throws into one line that says why a server is unavailable. */
final class McpFailure {
    private McpFailure() {}

    /** What went wrong, in a line: the timeout, else the I/O failure under the SDK's wrappers, else the root cause. */
    static String reason(McpExtensionConfig config, RuntimeException e, String stderr) {
        String reason = null;
        for (Throwable cause = e; cause != null && reason == null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                reason = "no answer within " + config.timeout().toSeconds() + " s (its timeout)";
            } else if (cause instanceof IOException) {
                reason = cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            }
        }
        if (reason == null) {
            Throwable root = McpError.findRootCause(e);
            reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return stderr.isEmpty() ? reason : reason + " (its last stderr: " + stderr + ")";
    }

    /** Where a start failed: the program or the URL. */
    static String where(McpExtensionConfig config) {
        return config.kind() == McpExtensionConfig.Kind.STDIO
                ? "cannot start " + config.command() + ": "
                : "cannot connect to " + config.url() + ": ";
    }
}
