package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property that makes inline comments land where they should: over real history, every line the model places at
 * (path, n) is exactly line n of that file at head (added and context lines) or at base (removed and context lines);
 * and the text path (JGit's formatted diff, parsed) and the JGit path give equal models.
 */
class DiffHistoryPropertyITest {

    @Test
    void shouldPlaceEveryLineOfABuiltHistoryOnItsFileLine(@TempDir Path dir) throws Exception {
        // given a repository with renames, copies, deletions, binaries, CRLF, no final newline, modes and Latin-1
        try (Git git = SampleHistory.build(dir)) {
            // when every commit is checked against its parent
            Seen seen = checkHistory(git.getRepository(), dir, Integer.MAX_VALUE);

            // then the history exercised every case the parser must handle
            assertThat(seen.commits).isGreaterThanOrEqualTo(30);
            assertThat(seen.types).contains(ChangeType.values());
            assertThat(seen.flags).contains("binary", "skipped", "modeOnly", "crlf", "noNewlineAtEnd", "noHunks");
        }
    }

    @Test
    void shouldPlaceEveryLineOfTheProjectsOwnHistoryOnItsFileLine() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".git"))) {
            root = root.getParent();
        }
        assumeTrue(root != null, "not inside a git checkout");
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        try (Repository repo = builder.build()) {
            assumeTrue(repo.resolve(Constants.HEAD) != null, "the checkout has no commits");
            assumeTrue(
                    !Files.exists(repo.getDirectory().toPath().resolve("shallow"))
                            && !Files.exists(repo.getCommonDirectory().toPath().resolve("shallow")),
                    "shallow clone");

            Seen seen = checkHistory(repo, root, 200);

            assertThat(seen.commits).isPositive();
        }
    }

    private static Seen checkHistory(Repository repo, Path workTree, int limit) throws IOException {
        Seen seen = new Seen();
        try (RevWalk walk = new RevWalk(repo);
                GitChangeSource source = GitChangeSource.open(workTree)) {
            walk.markStart(walk.parseCommit(repo.resolve(Constants.HEAD)));
            for (RevCommit commit : walk) {
                if (seen.commits >= limit) {
                    break;
                }
                if (commit.getParentCount() == 0) {
                    continue;
                }
                RevCommit parent = walk.parseCommit(commit.getParent(0));
                checkCommit(repo, source, parent, commit, seen);
                seen.commits++;
            }
        }
        return seen;
    }

    private static void checkCommit(Repository repo, GitChangeSource source, RevCommit base, RevCommit head, Seen seen)
            throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(text)) {
            formatter.setRepository(repo);
            formatter.setDetectRenames(true);
            formatter.format(base.getTree(), head.getTree());
        }
        ChangeSet parsed = UnifiedDiffParser.parse(text.toByteArray());
        ChangeSet fromGit = source.diff(base.name(), head.name());

        String where = "commit " + head.name() + " (" + head.getShortMessage() + ")";
        assertThat(fromGit.files()).as(where).isEqualTo(parsed.files());
        assertThat(fromGit.baseSha()).isEqualTo(base.name());
        assertThat(fromGit.headSha()).isEqualTo(head.name());

        DiffIndex index = DiffIndex.of(parsed);
        for (FileChange file : parsed.files()) {
            seen.note(file);
            List<String> newLines = file.type() == ChangeType.DELETED ? List.of() : lines(repo, head, file.newPath());
            List<String> oldLines = file.type() == ChangeType.ADDED ? List.of() : lines(repo, base, file.oldPath());
            for (Hunk hunk : file.hunks()) {
                for (HunkLine line : hunk.lines()) {
                    String at = where + " " + file.path() + " " + Describe.line(line);
                    if (line.onNewSide()) {
                        assertThat(index.lineAt(file.newPath(), line.newLine(), Side.RIGHT))
                                .as(at)
                                .hasValue(line);
                        assertThat(newLines.get(line.newLine() - 1)).as(at).isEqualTo(line.text());
                        if (line.noNewlineAtEnd()) {
                            assertThat(line.newLine())
                                    .as(at + " is the last line")
                                    .isEqualTo(newLines.size());
                        }
                    }
                    if (line.onOldSide()) {
                        assertThat(index.lineAt(file.oldPath(), line.oldLine(), Side.LEFT))
                                .as(at)
                                .hasValue(line);
                        assertThat(oldLines.get(line.oldLine() - 1)).as(at).isEqualTo(line.text());
                        if (line.noNewlineAtEnd()) {
                            assertThat(line.oldLine())
                                    .as(at + " is the last line")
                                    .isEqualTo(oldLines.size());
                        }
                    }
                }
            }
        }
    }

    /**
     * The file's lines split at {@code \n}, {@code \r} kept. A file that ends in a newline gets an empty last element,
     * so line n of a file without a final newline is its last line exactly when n equals the size.
     */
    private static List<String> lines(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
            ObjectId blob = tree.getObjectId(0);
            String content = new String(repo.open(blob).getBytes(), StandardCharsets.UTF_8);
            return List.of(content.split("\n", -1));
        }
    }

    /** What the history exercised, so that the test fails if the sample history stops covering a case. */
    private static final class Seen {
        int commits;
        final Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        final Set<String> flags = new HashSet<>();

        void note(FileChange file) {
            types.add(file.type());
            List<String> f = new ArrayList<>();
            if (file.binary()) {
                f.add("binary");
            }
            if (file.skipped().isPresent()) {
                f.add("skipped");
            }
            if (file.modeOnly()) {
                f.add("modeOnly");
            }
            if (file.hunks().isEmpty()) {
                f.add("noHunks");
            }
            for (Hunk hunk : file.hunks()) {
                for (HunkLine line : hunk.lines()) {
                    if (line.text().endsWith("\r")) {
                        f.add("crlf");
                    }
                    if (line.noNewlineAtEnd()) {
                        f.add("noNewlineAtEnd");
                    }
                }
            }
            flags.addAll(f);
        }
    }
}
