package dev.gooseci.tool.mcp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the integration tests need from npm (the official MCP servers, the conformance suite and its node),
 * installed by {@code npm ci --prefix tools/npm} at the repository root (.ci/run does it). Tests that need one are
 * skipped, with the command to run, when it is missing.
 */
public final class NpmTools {
    public static final String EVERYTHING = "mcp-server-everything";
    public static final String FILESYSTEM = "mcp-server-filesystem";

    private NpmTools() {}

    /** The server's launcher under {@code tools/npm/node_modules/.bin}; skips the test when it is not installed. */
    public static Path require(String bin) {
        Optional<Path> found = find(bin);
        assumeTrue(
                found.isPresent(),
                bin + " is not installed, so this test is skipped; run `npm ci --prefix tools/npm` at the repository"
                        + " root (.ci/run does)");
        return found.get();
    }

    static Optional<Path> find(String bin) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools/npm/node_modules/.bin").resolve(bin);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The smallest environment a node server runs in: PATH, so that the launcher's {@code #!/usr/bin/env node} finds
     * node, plus {@code extra}. Stands in for the policy's filtered environment.
     */
    public static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        return env;
    }
}
