package dev.gooseci.tool.git;

import static java.util.Objects.requireNonNull;

import dev.gooseci.tool.Extension;
import dev.gooseci.tool.Tool;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code git} extension over the repository that contains a workspace: {@code git_diff}, {@code git_log},
 * {@code git_show} and {@code git_blame}. All four only read.
 *
 * <p>Building the extension touches no JGit class: the repository is opened on the first call, so that a run that
 * never asks about history does not pay JGit's start-up cost. Paths in arguments and outputs are relative to the
 * repository's top directory.
 */
public final class GitExtension implements Extension {
    /** Diffs and file contents longer than this many characters are cut, with a note on how to narrow them. */
    static final int DEFAULT_MAX_CHARS = 200_000;

    private final GitRepo repo;
    private final int maxChars;

    /** The extension over the repository at or above {@code workspace}. */
    public GitExtension(Path workspace) {
        this(workspace, DEFAULT_MAX_CHARS);
    }

    GitExtension(Path workspace, int maxChars) {
        this.repo = new GitRepo(requireNonNull(workspace, "workspace"));
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public String name() {
        return "git";
    }

    @Override
    public List<Tool> tools() {
        return List.of(
                new GitDiffTool(repo, maxChars),
                new GitLogTool(repo),
                new GitShowTool(repo, maxChars),
                new GitBlameTool(repo));
    }

    @Override
    public void close() {
        repo.close();
    }
}
