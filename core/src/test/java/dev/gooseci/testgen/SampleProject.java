package dev.gooseci.testgen;

import dev.gooseci.diff.ChangeSet;
import dev.gooseci.diff.GitChangeSource;
import dev.gooseci.policy.EnvFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A small real Maven project in a git repository: {@code Pricing} with a tested {@code total}, then a commit that adds
 * {@code discounted} (a branch) and {@code label} (a conditional). Plugins and JUnit are pinned to the versions this
 * build itself uses, so the local repository already has them and a fresh machine downloads little. Public, and shipped
 * in core's test-jar, so that the hosts' test generation tests build the same project.
 */
public final class SampleProject {
    static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>shop</artifactId>
              <version>1.0</version>
              <properties>
                <maven.compiler.release>17</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                <argLine>-Dgoose.sample=42</argLine>
              </properties>
              <dependencies>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.14.4</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
                  <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <version>3.6.1</version>
                    <configuration><argLine>@{argLine} -Dgoose.other=7</argLine></configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;
    static final String PRICING_BASE = """
            package com.example.shop;

            public class Pricing {
                public int total(int unitPrice, int quantity) {
                    return unitPrice * quantity;
                }
            }
            """;
    static final String PRICING_HEAD = """
            package com.example.shop;

            public class Pricing {
                public int total(int unitPrice, int quantity) {
                    return unitPrice * quantity;
                }

                public int discounted(int unitPrice, int quantity) {
                    int total = total(unitPrice, quantity);
                    if (quantity >= 10) {
                        return total - total / 10;
                    }
                    return total;
                }

                public String label(int quantity) {
                    return quantity == 1 ? "item" : "items";
                }
            }
            """;
    static final String PRICING_TEST = """
            package com.example.shop;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class PricingTest {
                @Test
                void shouldMultiply() {
                    assertEquals(6, new Pricing().total(2, 3));
                }

                @Test
                void shouldKeepTheProjectArgLine() {
                    assertEquals("42", System.getProperty("goose.sample"));
                    assertEquals("7", System.getProperty("goose.other"));
                }
            }
            """;

    public final Path dir;
    public final Git git;
    public final String base;
    public final String head;

    private SampleProject(Path dir, Git git, String base, String head) {
        this.dir = dir;
        this.git = git;
        this.base = base;
        this.head = head;
    }

    public static SampleProject create(Path dir) throws IOException, GitAPIException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write(dir, "pom.xml", POM);
        write(dir, ".gitignore", "target/\n");
        write(dir, "src/main/java/com/example/shop/Pricing.java", PRICING_BASE);
        write(dir, "src/test/java/com/example/shop/PricingTest.java", PRICING_TEST);
        String base = commit(git, "base");
        write(dir, "src/main/java/com/example/shop/Pricing.java", PRICING_HEAD);
        String head = commit(git, "add discounts and labels");
        return new SampleProject(dir, git, base, head);
    }

    ChangeSet change() {
        try (GitChangeSource source = GitChangeSource.open(dir)) {
            return source.diff(base, head);
        }
    }

    MavenBuild build() {
        return new MavenBuild(dir, new EnvFilter().filter(System.getenv()), Duration.ofMinutes(3));
    }

    DirectJUnitBuild direct() {
        return new DirectJUnitBuild(dir, env(), Duration.ofMinutes(3));
    }

    public static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String commit(Git git, String message) throws GitAPIException {
        PersonIdent dev = new PersonIdent("Dev", "dev@example.com");
        git.add().addFilepattern(".").call();
        return git.commit()
                .setAuthor(dev)
                .setCommitter(dev)
                .setMessage(message)
                .call()
                .name();
    }

    static Map<String, String> env() {
        return new EnvFilter().filter(System.getenv());
    }
}
