package dev.gooseci.tool.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The repository at or above a workspace, opened on first use and shared by the tools. JGit's {@link Repository} is
 * safe for concurrent readers, which is all the tools are.
 */
final class GitRepo implements AutoCloseable {
    private final Path workspace;
    private Repository repository;

    GitRepo(Path workspace) {
        this.workspace = workspace;
    }

    synchronized Repository open() throws IOException {
        if (repository == null) {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace.toFile());
            if (builder.getGitDir() == null) {
                throw new GitToolException("there is no git repository at or above " + workspace
                        + "; the git tools need the workspace to be a git checkout");
            }
            repository = builder.setMustExist(true).build();
        }
        return repository;
    }

    @Override
    public synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }
}
