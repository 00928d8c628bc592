package dev.gooseci.tool.git;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code git_log}: the spec the model sees. The work is done in {@link GitLog}, a separate class, so that
 * loading this one loads no JGit class.
 */
final class GitLogTool extends GitTool {
    private static final String SCHEMA = """
            {"type":"object","properties":{\
            "range":{"type":"string","description":"A revision, or base..head; default HEAD"},\
            "max_count":{"type":"integer","description":"Commits at most; default 20"},\
            "path":{"type":"string","description":"Only commits that change this file or directory"}},\
            "additionalProperties":false}""";

    GitLogTool(GitRepo repo) {
        super(repo, "git_log", "Commits newest first, one per line: short sha, date, author, subject.", SCHEMA);
    }

    @Override
    String run(Repository repository, GitArgs arguments) throws IOException {
        return GitLog.run(repository, arguments);
    }
}
