package dev.gooseci.testgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads a {@link DirectSetup} from the output of {@code help:effective-pom} (parents, profiles and {@code ${...}}
 * already applied by Maven) and of {@code dependency:build-classpath}.
 *
 * <p>The check of surefire's configuration is an allow-list: {@code argLine} (with {@code @{...}} replaced from the
 * POM's properties; a property no POM defines, such as the one jacoco-maven-plugin sets while the build runs, becomes
 * empty, as our own agent replaces it), {@code systemPropertyVariables} and {@code environmentVariables} are carried
 * over; settings that change only surefire's own output are ignored; any other setting (includes, excludes, extra
 * class path, JUnit properties, forks with another JVM or working directory) makes the
 * setup {@linkplain DirectSetup#unsupported() unsupported}, so the caller runs the tests through Maven instead. It is a
 * textual reading of the configuration, not surefire's own logic, so it errs on the side of Maven.
 */
final class EffectivePom {
    private static final Set<String> CARRIED = Set.of("argLine", "systemPropertyVariables", "environmentVariables");
    private static final Set<String> HARMLESS = Set.of(
            "trimStackTrace",
            "redirectTestOutputToFile",
            "reportFormat",
            "printSummary",
            "useFile",
            "failIfNoTests",
            "testFailureIgnore",
            "reportsDirectory",
            "forkCount",
            "reuseForks",
            "useSystemClassLoader",
            "useManifestOnlyJar",
            "enableAssertions",
            "skipAfterFailureCount",
            "disableXmlReport",
            "encoding");
    private static final Set<String> COMPILER_UNSUPPORTED = Set.of(
            "compilerArgs",
            "compilerArgument",
            "annotationProcessorPaths",
            "annotationProcessors",
            "fork",
            "executable",
            "compilerId",
            "testExcludes",
            "testIncludes",
            "testCompilerArgument");
    private static final Pattern LATE = Pattern.compile("@\\{([^}]+)}");
    private static final Pattern PLATFORM = Pattern.compile("junit-platform-commons-(.+)\\.jar");

    private EffectivePom() {}

    static DirectSetup read(Path effectivePom, Path classpathFile) {
        Element project = Xml.parse(effectivePom).getDocumentElement();
        List<String> unsupported = new ArrayList<>();
        if (!project.getTagName().equals("project")) {
            unsupported.add("the build has several modules; run test generation in one module's directory");
        }
        Element build = Xml.child(project, "build").orElse(project);
        Map<String, String> properties = Xml.texts(Xml.child(project, "properties"));
        Element surefire = plugin(build, "maven-surefire-plugin");
        Element compiler = plugin(build, "maven-compiler-plugin");
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> jvmArgs = new ArrayList<>();
        if (surefire != null) {
            surefireSettings(surefire, properties, jvmArgs, environment, unsupported);
        } else {
            jvmArgs.add("-ea");
        }
        List<Path> classpath = classpath(classpathFile);
        Optional<String> platform = classpath.stream()
                .map(p -> PLATFORM.matcher(p.getFileName().toString()))
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst();
        if (platform.isEmpty()) {
            unsupported.add("no JUnit Platform (junit-platform-commons) on the test class path: JUnit 4 or TestNG"
                    + " tests run through surefire's own provider");
        }
        if (classpath.stream().anyMatch(p -> p.getFileName().toString().startsWith("testng-"))) {
            unsupported.add("TestNG is on the test class path");
        }
        return new DirectSetup(
                Path.of(Xml.text(build, "sourceDirectory").orElse("src/main/java")),
                Path.of(Xml.text(build, "testSourceDirectory").orElse("src/test/java")),
                Path.of(Xml.text(build, "outputDirectory").orElse("target/classes")),
                Path.of(Xml.text(build, "testOutputDirectory").orElse("target/test-classes")),
                classpath,
                JavacOptions.of(
                        properties, compiler == null ? null : config(compiler, "default-testCompile"), unsupported),
                jvmArgs,
                environment,
                platform,
                unsupported);
    }

    private static void surefireSettings(
            Element surefire,
            Map<String, String> properties,
            List<String> jvmArgs,
            Map<String, String> environment,
            List<String> unsupported) {
        Element config = config(surefire, "default-test");
        for (Element setting : Xml.children(config)) {
            String name = setting.getTagName();
            if (!CARRIED.contains(name) && !HARMLESS.contains(name)) {
                unsupported.add("maven-surefire-plugin sets <" + name + ">, which only surefire applies");
            }
        }
        if (Xml.text(config, "enableAssertions").orElse("true").equals("true")) {
            jvmArgs.add("-ea");
        }
        Xml.text(config, "argLine").ifPresent(line -> jvmArgs.addAll(ArgLine.split(late(line, properties))));
        Xml.texts(Xml.child(config, "systemPropertyVariables")).forEach((k, v) -> jvmArgs.add("-D" + k + "=" + v));
        environment.putAll(Xml.texts(Xml.child(config, "environmentVariables")));
        String flat = String.join(" ", jvmArgs) + environment;
        if (flat.contains("${")) {
            unsupported.add("surefire's configuration holds an unresolved expression: " + flat);
        }
    }

    static String late(String line, Map<String, String> properties) {
        Matcher m = LATE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Set<String> compilerUnsupported() {
        return COMPILER_UNSUPPORTED;
    }

    private static Element plugin(Element build, String artifactId) {
        Optional<Element> plugins = Xml.child(build, "plugins");
        if (plugins.isEmpty()) {
            return null;
        }
        for (Element plugin : Xml.children(plugins.get())) {
            if (Xml.text(plugin, "artifactId").orElse("").equals(artifactId)) {
                return plugin;
            }
        }
        return null;
    }

    /**
     * The configuration {@code mvn test} uses: the one of the lifecycle's execution ({@code default-test}), into which
     * the effective POM has already merged the plugin's own, else the plugin's.
     */
    private static Element config(Element plugin, String execution) {
        Optional<Element> merged = Xml.child(plugin, "executions").stream()
                .flatMap(e -> Xml.children(e).stream())
                .filter(e -> Xml.text(e, "id").orElse("").equals(execution))
                .flatMap(e -> Xml.child(e, "configuration").stream())
                .findFirst();
        return merged.or(() -> Xml.child(plugin, "configuration"))
                .orElse(plugin.getOwnerDocument().createElement("configuration"));
    }

    private static List<Path> classpath(Path file) {
        try {
            String text = Files.readString(file).strip();
            List<Path> paths = new ArrayList<>();
            for (String entry : text.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    paths.add(Path.of(entry.strip()));
                }
            }
            return paths;
        } catch (IOException e) {
            throw new BuildException(
                    "cannot read the test class path Maven wrote to " + file + ": " + e.getMessage(), e);
        }
    }
}
