package dev.gooseci.tool.git;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import dev.gooseci.tool.ToolSpec;
import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * What the git tools share: a fixed spec, read-only, and one way of turning bad arguments, unknown revisions and
 * unreadable objects into error results the model can act on.
 */
abstract class GitTool implements Tool {
    private final GitRepo repo;
    private final ToolSpec spec;

    GitTool(GitRepo repo, String name, String description, String inputSchema) {
        this.repo = repo;
        this.spec = new ToolSpec(name, description, inputSchema);
    }

    @Override
    public final ToolSpec spec() {
        return spec;
    }

    @Override
    public final boolean readOnly() {
        return true;
    }

    @Override
    public final ToolResult call(ObjectNode arguments) {
        try {
            return ToolResult.ok(run(repo.open(), new GitArgs(spec.name(), arguments)));
        } catch (GitToolException e) {
            return ToolResult.error(e.getMessage());
        } catch (IOException e) {
            return ToolResult.error(spec.name() + " could not read the repository: " + e.getMessage());
        }
    }

    /** Runs the tool; a {@link GitToolException} says what the model should change. */
    abstract String run(Repository repository, GitArgs arguments) throws IOException;
}
