package dev.gooseci.testgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The javac options that compile a project's tests as maven-compiler-plugin would: the level from {@code testRelease},
 * {@code release}, or {@code source}/{@code target} (plugin configuration first, then the {@code maven.compiler.*}
 * properties), the encoding from {@code encoding} or {@code project.build.sourceEncoding}, debug information (the
 * plugin's default, and what JaCoCo needs for lines), and {@code -parameters} and {@code -proc} when configured.
 */
final class JavacOptions {
    private JavacOptions() {}

    /**
     * @param compiler the compiler plugin's configuration, or null when the POM does not configure it
     * @param unsupported collects what cannot be reproduced without Maven
     */
    static List<String> of(Map<String, String> properties, Element compiler, List<String> unsupported) {
        Map<String, String> config = Xml.texts(Optional.ofNullable(compiler));
        for (String name : config.keySet()) {
            if (EffectivePom.compilerUnsupported().contains(name)) {
                unsupported.add("maven-compiler-plugin sets <" + name + ">, which javac alone would not reproduce");
            }
        }
        List<String> options = new ArrayList<>(List.of("-g", "-nowarn"));
        Optional<String> release = first(config, properties, "testRelease", "release");
        Optional<String> source = first(config, properties, "testSource", "source");
        Optional<String> target = first(config, properties, "testTarget", "target");
        if (release.isPresent()) {
            options.addAll(List.of("--release", release.get()));
            checkLevel(release.get(), unsupported);
        } else {
            source.ifPresent(s -> {
                options.addAll(List.of("-source", s));
                checkLevel(s, unsupported);
            });
            target.ifPresent(t -> options.addAll(List.of("-target", t)));
        }
        Optional.ofNullable(config.get("encoding"))
                .or(() -> Optional.ofNullable(properties.get("project.build.sourceEncoding")))
                .ifPresent(e -> options.addAll(List.of("-encoding", e)));
        if ("true".equals(config.get("parameters")) || "true".equals(properties.get("maven.compiler.parameters"))) {
            options.add("-parameters");
        }
        Optional.ofNullable(config.get("proc")).ifPresent(p -> options.add("-proc:" + p));
        return options;
    }

    private static Optional<String> first(
            Map<String, String> config, Map<String, String> properties, String testName, String name) {
        return Optional.ofNullable(config.get(testName))
                .or(() -> Optional.ofNullable(config.get(name)))
                .or(() -> Optional.ofNullable(properties.get("maven.compiler." + testName)))
                .or(() -> Optional.ofNullable(properties.get("maven.compiler." + name)))
                .filter(v -> !v.isBlank());
    }

    private static void checkLevel(String level, List<String> unsupported) {
        String major = level.startsWith("1.") ? level.substring(2) : level;
        try {
            if (Integer.parseInt(major) > Runtime.version().feature()) {
                unsupported.add("the project compiles for Java " + level + " but goose-ci runs on Java "
                        + Runtime.version().feature() + "; run it on a JDK at least as new as the project's level");
            }
        } catch (NumberFormatException e) {
            unsupported.add("unknown compiler level " + level);
        }
    }
}
