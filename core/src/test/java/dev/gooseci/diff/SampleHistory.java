package dev.gooseci.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Builds a real repository of about 30 commits with the awkward cases: renames with and without edits, copies,
 * deletions, binaries, CRLF lines, missing final newlines, executable-bit changes, a Latin-1 file and an empty file.
 * Edits are random but seeded, so every run builds the same history.
 */
final class SampleHistory {

    private final Path dir;
    private final Git git;
    private final Random random = new Random(42);
    private int commits;

    private SampleHistory(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static Git build(Path dir) throws IOException, GitAPIException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        new SampleHistory(dir, git).commitAll();
        return git;
    }

    private void commitAll() throws IOException, GitAPIException {
        write("src/Main.java", javaLines(60), "\n", true);
        write("src/Util.java", javaLines(40), "\n", true);
        write("docs/windows.txt", javaLines(20), "\r\n", true);
        write("docs/no-eol.txt", javaLines(5), "\n", false);
        write("docs/latin1.txt", List.of("caf\u00e9", "na\u00efve", "plain"), "\n", true, StandardCharsets.ISO_8859_1);
        write("run.sh", List.of("#!/bin/sh", "echo hello"), "\n", true);
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/logo.bin"), binary(300));
        commit("initial");
        for (int round = 0; round < 3; round++) {
            edit("src/Main.java", "\n");
            edit("src/Util.java", "\n");
            commit("edit sources " + round);
            edit("docs/windows.txt", "\r\n");
            commit("edit CRLF file " + round);
            edit("docs/no-eol.txt", "\n");
            commit("edit file without final newline " + round);
        }
        Files.write(dir.resolve("img/logo.bin"), binary(320));
        commit("change the binary");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        commit("make run.sh executable");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\necho bye\n");
        commit("mode change with an edit");
        move("src/Util.java", "src/Helpers.java");
        commit("pure rename");
        move("src/Helpers.java", "src/lib/Helpers.java");
        edit("src/lib/Helpers.java", "\n");
        commit("rename with edits");
        write(
                "docs/latin1.txt",
                List.of("caf\u00e9", "na\u00efve", "plain", "cr\u00e8me"),
                "\n",
                true,
                StandardCharsets.ISO_8859_1);
        commit("edit the Latin-1 file");
        Files.copy(dir.resolve("src/Main.java"), dir.resolve("src/MainCopy.java"));
        Files.copy(dir.resolve("src/Main.java"), dir.resolve("src/MainOther.java"));
        git.rm().addFilepattern("src/Main.java").call();
        commit("split Main into two exact copies: JGit calls one a rename, the other a copy");
        Files.writeString(dir.resolve("empty.txt"), "");
        commit("add an empty file");
        Files.writeString(dir.resolve("docs/no-eol.txt"), "line\n", java.nio.file.StandardOpenOption.APPEND);
        commit("give the last line a newline");
        write("docs/no-eol.txt", List.of("only line"), "\n", false);
        commit("shrink to one line without newline");
        git.rm().addFilepattern("img/logo.bin").call();
        commit("delete the binary");
        git.rm().addFilepattern("docs/latin1.txt").call();
        write("docs/new.md", javaLines(12), "\n", true);
        commit("delete Latin-1, add markdown");
        while (commits < 32) {
            edit("src/MainCopy.java", "\n");
            edit("docs/new.md", "\n");
            edit("src/lib/Helpers.java", "\n");
            edit("src/MainOther.java", "\n");
            commit("more edits " + commits);
        }
    }

    private void commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Sample", "sample@example.com", 1_700_000_000_000L + commits * 60_000L, 0);
        git.commit()
                .setMessage(message)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
        commits++;
    }

    private void move(String from, String to) throws IOException, GitAPIException {
        Files.createDirectories(dir.resolve(to).getParent());
        Files.move(dir.resolve(from), dir.resolve(to));
        git.rm().addFilepattern(from).call();
    }

    /** Inserts, deletes and changes a few random lines, keeping the line ending and whether the file ends in one. */
    private void edit(String path, String eol) throws IOException {
        String text = Files.readString(dir.resolve(path));
        boolean finalEol = text.endsWith(eol);
        List<String> lines = new ArrayList<>(List.of(text.split(eol, -1)));
        if (finalEol) {
            lines.remove(lines.size() - 1);
        }
        for (int i = random.nextInt(4) + 1; i > 0; i--) {
            int at = random.nextInt(lines.size() + 1);
            int what = random.nextInt(3);
            if (what == 0 || lines.size() < 3) {
                lines.add(at, "inserted " + random.nextInt(1000) + " at " + at);
            } else if (what == 1 && at < lines.size()) {
                lines.remove(at);
            } else if (at < lines.size()) {
                lines.set(at, lines.get(at) + " // changed " + random.nextInt(100));
            }
        }
        write(path, lines, eol, finalEol);
    }

    private void write(String path, List<String> lines, String eol, boolean finalEol) throws IOException {
        write(path, lines, eol, finalEol, StandardCharsets.UTF_8);
    }

    private void write(String path, List<String> lines, String eol, boolean finalEol, java.nio.charset.Charset cs)
            throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent() == null ? dir : file.getParent());
        String text = String.join(eol, lines) + (finalEol && !lines.isEmpty() ? eol : "");
        Files.write(file, text.getBytes(cs));
    }

    private List<String> javaLines(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(
                    i % 7 == 0 ? "" : "    int value" + i + " = " + random.nextInt(1000) + "; // \u00fcber line " + i);
        }
        return lines;
    }

    private byte[] binary(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }
}
