package dev.gooseci.testgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Picks the {@link BuildTool} for a project directory. */
public final class BuildTools {
    private BuildTools() {}

    /**
     * Maven for a directory with {@code pom.xml}: compiled once by Maven, then candidates compiled and run without it
     * ({@link DirectJUnitBuild}, which falls back to {@link MavenBuild} by itself when it cannot be trusted).
     *
     * @throws BuildException for a Gradle project (not supported yet) or a directory with no known build
     */
    public static BuildTool detect(Path dir, Map<String, String> environment, Duration timeout) {
        if (Files.isRegularFile(dir.resolve("pom.xml"))) {
            return new DirectJUnitBuild(dir, environment, timeout);
        }
        for (String gradle :
                new String[] {"build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"}) {
            if (Files.isRegularFile(dir.resolve(gradle))) {
                throw new BuildException("Gradle projects are not supported yet (found " + gradle + " in " + dir
                        + "); test generation needs a Maven project with a pom.xml. Follow issue #7 for Gradle.");
            }
        }
        throw new BuildException("no pom.xml in " + dir + "; run generate-tests from the root of a Maven project"
                + " or point -w/--workspace at it");
    }
}
