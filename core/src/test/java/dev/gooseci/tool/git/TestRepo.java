package dev.gooseci.tool.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real repository for the git tool tests, with fixed authors and dates so that its history is the same on every
 * run:
 *
 * <ol>
 *   <li>first (Alice, 2024-05-01): README.md, src/App.java, logo.png (binary)
 *   <li>second (Bob, 2024-05-02): src/App.java renamed to src/Main.java with one line changed, README.md extended
 *   <li>third (Alice, 2024-05-03): logo.png changed, one more line in src/Main.java
 * </ol>
 */
final class TestRepo implements AutoCloseable {
    static final String README_1 = "# Demo\n";
    static final String README_2 = "# Demo\n\nA demo project.\n";
    static final String APP = "class App {\n    int one() {\n        return 1;\n    }\n}\n";
    static final String MAIN_2 = "class Main {\n    int one() {\n        return 1;\n    }\n}\n";
    static final String MAIN_3 = "class Main {\n    int one() {\n        return 1;\n    }\n\n    int two() {\n"
            + "        return 2;\n    }\n}\n";
    static final byte[] LOGO_1 = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3};
    static final byte[] LOGO_3 = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 4, 5, 6, 7};

    static final PersonIdent ALICE = person("Alice Example", "alice@example.com", "2024-05-01T10:00:00Z");
    static final PersonIdent BOB = person("Bob Builder", "bob@example.com", "2024-05-02T11:30:00Z");

    final Path root;
    final Git git;
    final RevCommit first;
    final RevCommit second;
    final RevCommit third;

    TestRepo(Path root) throws IOException, GitAPIException {
        this.root = root;
        this.git =
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        write("README.md", README_1);
        write("src/App.java", APP);
        Files.write(root.resolve("logo.png"), LOGO_1);
        first = commit("Add the demo project", ALICE);

        Files.delete(root.resolve("src/App.java"));
        write("src/Main.java", MAIN_2);
        write("README.md", README_2);
        git.rm().addFilepattern("src/App.java").call();
        second = commit("Rename App to Main\n\nMain says what it is.", BOB);

        Files.write(root.resolve("logo.png"), LOGO_3);
        write("src/Main.java", MAIN_3);
        third = commit("Add two()", new PersonIdent(ALICE, Instant.parse("2024-05-03T09:15:00Z"), ZoneId.of("UTC")));
    }

    static PersonIdent person(String name, String email, String when) {
        return new PersonIdent(name, email, Instant.parse(when), ZoneId.of("UTC"));
    }

    void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    RevCommit commit(String message, PersonIdent who) throws GitAPIException {
        git.add().addFilepattern(".").call();
        return git.commit()
                .setMessage(message)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
    }

    /** The short sha the tools print. */
    static String sha(RevCommit commit) {
        return commit.abbreviate(7).name();
    }

    /** The short blob id a diff's index line shows for {@code content}. */
    static String blob(String content) {
        return blob(content.getBytes(StandardCharsets.UTF_8));
    }

    static String blob(byte[] content) {
        return new ObjectInserter.Formatter()
                .idFor(Constants.OBJ_BLOB, content)
                .abbreviate(7)
                .name();
    }

    static ToolResult call(GitExtension extension, String tool, String arguments) throws IOException {
        ObjectNode parsed = (ObjectNode) new ObjectMapper().readTree(arguments);
        return extension.tools().stream()
                .filter(t -> t.spec().name().equals(tool))
                .findFirst()
                .map((Tool t) -> t.call(parsed))
                .orElseThrow();
    }

    @Override
    public void close() {
        git.close();
    }
}
