package dev.gooseci.testgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the JaCoCo agent runtime jar ({@code org.jacoco:org.jacoco.agent:<v>:jar:runtime}) of the same version as
 * the {@code org.jacoco.core} that analyses its data, so the execution data format always matches.
 *
 * <p>It is not bundled in the goose-ci jar: every machine that runs a Maven build has a local repository, and the
 * build tool fetches into it with the user's own mirrors, proxies and credentials ({@code dependency:get}), which a
 * second download path of ours would have to duplicate. So the jar is looked up there first and fetched only when
 * absent.
 */
final class JacocoAgent {
    static final String GROUP_PATH = "org/jacoco/org.jacoco.agent";

    private JacocoAgent() {}

    /**
     * The Maven version of the JaCoCo on our class path, {@code 0.8.14} for the build {@code 0.8.14.202510111229}
     * (read lazily: JaCoCo is loaded only by test generation).
     */
    static String version() {
        return mavenVersion(org.jacoco.core.JaCoCo.VERSION);
    }

    static String mavenVersion(String build) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("^(\\d+\\.\\d+\\.\\d+)").matcher(build);
        return m.find() ? m.group(1) : build;
    }

    /** The JVM option that loads the agent and has it write a fresh {@code exec} file when the JVM exits. */
    static String option(Path agentJar, Path exec) {
        return "-javaagent:" + agentJar + "=destfile=" + exec + ",append=false";
    }

    static String coordinates(String version) {
        return "org.jacoco:org.jacoco.agent:" + version + ":jar:runtime";
    }

    /**
     * The local repository the project's builds use: a {@code -Dmaven.repo.local=} in their {@code MAVEN_OPTS} or
     * {@code MAVEN_ARGS}, else {@code ~/.m2/repository}. Not this JVM's own {@code maven.repo.local}: when goose-ci
     * runs inside Maven (the goose goals), the builds it starts do not inherit that property, so the agent must be
     * looked for where they put it.
     */
    static Path localRepository(Map<String, String> env) {
        for (String variable : new String[] {"MAVEN_ARGS", "MAVEN_OPTS"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-Dmaven\\.repo\\.local=(\\S+)")
                    .matcher(env.getOrDefault(variable, ""));
            if (m.find()) {
                return Path.of(m.group(1));
            }
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".m2", "repository");
    }

    static Path jarIn(Path repository, String version) {
        return repository.resolve(GROUP_PATH).resolve(version).resolve("org.jacoco.agent-" + version + "-runtime.jar");
    }

    /**
     * The agent jar from {@code repository}, fetching it with {@code fetch} (given the coordinates) when absent.
     *
     * @throws BuildException when it is still absent, saying how to provide it
     */
    static Path locate(Path repository, String version, Function<String, ProcessResult> fetch) {
        return locate(repository, List.of(jarIn(repository, version)), coordinates(version), fetch)
                .get(0);
    }

    /**
     * {@code jars} from the local {@code repository}, fetching {@code coordinates} with {@code fetch} when one is
     * absent: the lookup every jar that goose-ci adds to a build's JVM shares.
     *
     * @throws BuildException when one is still absent, saying how to provide it
     */
    static List<Path> locate(
            Path repository, List<Path> jars, String coordinates, Function<String, ProcessResult> fetch) {
        if (jars.stream().allMatch(Files::isRegularFile)) {
            return jars;
        }
        ProcessResult fetched = fetch.apply(coordinates);
        if (jars.stream().allMatch(Files::isRegularFile)) {
            return jars;
        }
        throw new BuildException(coordinates + " is not in " + repository + " and could not be fetched (exit "
                + fetched.exitCode() + "); run `mvn dependency:get -Dartifact=" + coordinates
                + "` on a machine that reaches Maven Central, or set -Dmaven.repo.local");
    }

    static Optional<Path> existing(Path repository, String version) {
        Path jar = jarIn(repository, version);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }
}
