package dev.gooseci.testgen;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The JUnit Platform console launcher ({@code org.junit.platform:junit-platform-console}) and the two jars it needs
 * that a project's test class path does not hold (reporting, launcher), of the same version as the platform on that
 * class path, so the engines and the launcher always match. Like {@link JacocoAgent}, it comes from the local
 * repository, fetched into it once with the project's own Maven and settings.
 */
final class PlatformConsole {
    static final String MAIN = "org.junit.platform.console.ConsoleLauncher";
    private static final List<String> ARTIFACTS =
            List.of("junit-platform-console", "junit-platform-reporting", "junit-platform-launcher");

    private PlatformConsole() {}

    static String coordinates(String version) {
        return "org.junit.platform:junit-platform-console:" + version;
    }

    static List<Path> jarsIn(Path repository, String version) {
        return ARTIFACTS.stream()
                .map(a -> repository
                        .resolve("org/junit/platform")
                        .resolve(a)
                        .resolve(version)
                        .resolve(a + "-" + version + ".jar"))
                .toList();
    }

    /**
     * The console's jars, fetching them with {@code fetch} (given the coordinates, transitively) when one is absent.
     *
     * @throws BuildException when they are still absent, saying how to provide them
     */
    static List<Path> locate(Path repository, String version, Function<String, ProcessResult> fetch) {
        return JacocoAgent.locate(repository, jarsIn(repository, version), coordinates(version), fetch);
    }

    /** Whether this version's launcher takes a subcommand ({@code execute}, since 1.10). */
    static boolean hasSubcommands(String version) {
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 1 || minor >= 10;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
