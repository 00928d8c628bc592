package dev.gooseci.tool.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code git_show}: the spec the model sees. The work is done in {@link GitShow}, a separate class, so that
 * loading this one loads no JGit class.
 */
final class GitShowTool extends GitTool {
    private static final String SCHEMA = """
            {"type":"object","properties":{\
            "rev":{"type":"string","description":"A commit such as HEAD~1, or rev:path for a file or directory at it"}},\
            "required":["rev"],"additionalProperties":false}""";

    private final int maxChars;

    GitShowTool(GitRepo repo, int maxChars) {
        super(repo, "git_show", "A commit's message and diff, or a file's content at a revision (rev:path).", SCHEMA);
        this.maxChars = maxChars;
    }

    @Override
    String run(Repository repository, GitArgs arguments) throws IOException {
        return GitShow.run(repository, arguments, maxChars);
    }
}
