package dev.gooseci.tool.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code git_diff}: the spec the model sees. The work is done in {@link GitDiff}, a separate class, so that
 * loading this one loads no JGit class.
 */
final class GitDiffTool extends GitTool {
    private static final String SCHEMA = """
            {"type":"object","properties":{\
            "base":{"type":"string","description":"Revision to diff from; default HEAD"},\
            "head":{"type":"string","description":"Revision to diff to; default the working tree"},\
            "path":{"type":"string","description":"Only this file or directory"},\
            "context":{"type":"integer","description":"Context lines; default 3"}},\
            "additionalProperties":false}""";

    private final int maxChars;

    GitDiffTool(GitRepo repo, int maxChars) {
        super(
                repo,
                "git_diff",
                "Unified diff from base to head; without head, the working tree (tracked files) against base.",
                SCHEMA);
        this.maxChars = maxChars;
    }

    @Override
    String run(Repository repository, GitArgs arguments) throws IOException {
        return GitDiff.run(repository, arguments, maxChars);
    }
}
