package dev.gooseci.tool.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code git_blame}: the spec the model sees. The work is done in {@link GitBlame}, a separate class, so that
 * loading this one loads no JGit class.
 */
final class GitBlameTool extends GitTool {
    private static final String SCHEMA = """
            {"type":"object","properties":{\
            "path":{"type":"string","description":"File relative to the repository root"},\
            "rev":{"type":"string","description":"Revision to blame at; default HEAD"},\
            "start_line":{"type":"integer","description":"First line, from 1"},\
            "end_line":{"type":"integer","description":"Last line, inclusive"}},\
            "required":["path"],"additionalProperties":false}""";

    GitBlameTool(GitRepo repo) {
        super(repo, "git_blame", "Who last changed each line of a file: short sha, author, line number, text.", SCHEMA);
    }

    @Override
    String run(Repository repository, GitArgs arguments) throws IOException {
        return GitBlame.run(repository, arguments);
    }
}
