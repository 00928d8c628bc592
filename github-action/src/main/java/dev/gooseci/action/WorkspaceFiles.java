package dev.gooseci.action;

import dev.gooseci.report.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** Files the action moves around the workspace: the {@code config} input staged for the loader, the SARIF copy. */
final class WorkspaceFiles {
    private WorkspaceFiles() {}

    /**
     * Stages the {@code config} input as the user-level configuration file, below the repository's own; returns the
     * directory to use as {@code XDG_CONFIG_HOME}.
     */
    static Path stageConfig(Path workspace, String config, boolean fromFork) {
        if (fromFork) {
            throw new IllegalArgumentException("input 'config' is not read on a pull request from a fork or on"
                    + " pull_request_target: the file would come from untrusted code; put the settings in"
                    + " .goose/config.yaml on the base branch or in the action's inputs");
        }
        Path file = workspace.resolve(config).normalize();
        if (!file.startsWith(workspace) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "input 'config': " + config + " is not a file in the workspace " + workspace);
        }
        try {
            Path home = Files.createTempDirectory("goose-action-config");
            Path target = home.resolve("goose-ci/config.yaml");
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage input 'config' (" + config + "): " + e.getMessage(), e);
        }
    }

    /** The SARIF report, copied to the {@code sarif-file} input's path when given. */
    static Optional<Path> sarif(Path workspace, List<Path> written, Optional<String> sarifFile) {
        Optional<Path> sarif = written.stream()
                .filter(p -> p.getFileName().toString().equals(Format.SARIF.fileName()))
                .findFirst();
        if (sarif.isEmpty() || sarifFile.isEmpty()) {
            return sarif;
        }
        Path target = workspace.resolve(sarifFile.get()).normalize();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.copy(sarif.get(), target, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "input 'sarif-file': cannot write " + target + " (" + e.getMessage() + ")", e);
        }
    }
}
