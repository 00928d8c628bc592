package dev.gooseci.tool.git;

import static dev.gooseci.tool.git.TestRepo.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.tool.Tool;
import dev.gooseci.tool.ToolResult;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitExtensionTest {
    @TempDir
    Path dir;

    @Test
    void shouldOfferFourReadOnlyToolsWithObjectSchemas() throws Exception {
        try (GitExtension git = new GitExtension(dir)) {
            assertThat(git.name()).isEqualTo("git");
            assertThat(git.tools())
                    .extracting(tool -> tool.spec().name())
                    .containsExactly("git_diff", "git_log", "git_show", "git_blame");
            for (Tool tool : git.tools()) {
                JsonNode schema = new ObjectMapper().readTree(tool.spec().inputSchema());
                assertThat(tool.readOnly()).isTrue();
                assertThat(schema.path("type").asText()).isEqualTo("object");
                assertThat(schema.path("properties").isObject()).isTrue();
                assertThat(tool.spec().description()).hasSizeLessThan(100);
            }
        }
    }

    @Test
    void shouldNotLoadJGitUntilAToolIsCalled() throws Exception {
        // given: a class loader that sees our classes and Jackson, but not JGit
        URL[] urls = Stream.of(GitExtension.class, ObjectNode.class, TreeNode.class)
                .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
                .toArray(URL[]::new);
        try (URLClassLoader noJGit = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> type = Class.forName(GitExtension.class.getName(), true, noJGit);
            Class<?> toolType = noJGit.loadClass(Tool.class.getName());
            Object extension = type.getConstructor(Path.class).newInstance(dir);

            // when: the extension is built and its specs are read, then closed unused
            List<?> tools = (List<?>) type.getMethod("tools").invoke(extension);
            List<String> names = new ArrayList<>();
            for (Object tool : tools) {
                Object spec = toolType.getMethod("spec").invoke(tool);
                names.add((String) spec.getClass().getMethod("name").invoke(spec));
            }
            type.getMethod("close").invoke(extension);

            // then: all of that worked without JGit, and a call is what first needs it
            assertThat(names).containsExactly("git_diff", "git_log", "git_show", "git_blame");
            Method call = toolType.getMethod("call", noJGit.loadClass(ObjectNode.class.getName()));
            assertThatThrownBy(() -> call.invoke(tools.get(0), (Object) null))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("org/eclipse/jgit");
        }
    }

    @Test
    void shouldLeaveTheRepositoryUntouched() throws Exception {
        // given
        try (TestRepo repo = new TestRepo(dir);
                GitExtension git = new GitExtension(dir)) {
            repo.write("README.md", "changed in the working tree\n");
            Map<String, String> before = snapshot(dir.resolve(".git"));

            // when: every tool runs, the working-tree diff included
            call(git, "git_diff", "{}");
            call(git, "git_diff", "{\"base\":\"HEAD~2\",\"head\":\"HEAD\"}");
            call(git, "git_log", "{\"path\":\"src\"}");
            call(git, "git_show", "{\"rev\":\"HEAD\"}");
            call(git, "git_show", "{\"rev\":\"HEAD:README.md\"}");
            call(git, "git_blame", "{\"path\":\"src/Main.java\"}");

            // then: not one byte under .git changed, and the working tree still has its change
            assertThat(snapshot(dir.resolve(".git"))).isEqualTo(before);
            assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("changed in the working tree\n");
        }
    }

    @Test
    void shouldSayWhenTheWorkspaceIsNoRepository() throws Exception {
        try (GitExtension git = new GitExtension(dir)) {
            ToolResult result = call(git, "git_log", "{}");

            assertThat(result)
                    .isEqualTo(ToolResult.error("there is no git repository at or above " + dir
                            + "; the git tools need the workspace to be a git checkout"));
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), sha256(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
