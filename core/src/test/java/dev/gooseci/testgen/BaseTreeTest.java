package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseTreeTest {
    @TempDir
    Path repo;

    @TempDir
    Path into;

    @Test
    void shouldWriteTheBaseCommitsFilesWithoutTouchingTheWorkingTree() throws Exception {
        String base;
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            SampleProject.write(repo, "app/pom.xml", "<project/>\n");
            SampleProject.write(repo, "app/mvnw", "#!/bin/sh\n");
            repo.resolve("app/mvnw").toFile().setExecutable(true);
            SampleProject.write(repo, "app/src/main/java/A.java", "class A {}\n");
            base = SampleProject.commit(git, "base");
            SampleProject.write(repo, "app/src/main/java/A.java", "class A { int b; }\n");
            SampleProject.commit(git, "head");
            SampleProject.write(repo, "app/src/main/java/A.java", "class A { int uncommitted; }\n");
        }

        Path project = BaseTree.export(repo.resolve("app"), base, into);

        assertThat(project).isEqualTo(into.toAbsolutePath().resolve("app"));
        assertThat(project.resolve("src/main/java/A.java")).hasContent("class A {}");
        assertThat(project.resolve("pom.xml")).hasContent("<project/>");
        assertThat(Files.isExecutable(project.resolve("mvnw"))).isTrue();
        assertThat(repo.resolve("app/src/main/java/A.java")).hasContent("class A { int uncommitted; }");
    }

    @Test
    void shouldSayWhatToFetchWhenTheBaseIsMissing() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            SampleProject.write(repo, "pom.xml", "<project/>\n");
            SampleProject.commit(git, "only");
        }

        assertThatThrownBy(() -> BaseTree.export(repo, "0123456789012345678901234567890123456789", into))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("there is no commit 0123456")
                .hasMessageContaining("fetch it");
    }
}
