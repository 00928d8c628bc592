package dev.gooseci.diff;

import java.util.Locale;
import java.util.Set;

/**
 * What a changed file is, judged from its path alone, in the order a review reads them: source first (where defects
 * ship), then tests (they check the source), then configuration (build and CI files can break a build), then
 * documentation. The path decides before the extension: {@code src/test/resources/app.yml} is a test, and
 * {@code docs/conf.py} documentation.
 */
public enum FileKind {
    SOURCE,
    TEST,
    CONFIG,
    DOCS;

    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "__tests__", "spec", "specs", "testdata");
    private static final Set<String> DOC_DIRS = Set.of("doc", "docs", "documentation");
    private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "rst", "adoc", "asciidoc", "txt");
    private static final Set<String> DOC_NAMES =
            Set.of("license", "licence", "notice", "changelog", "authors", "contributing", "readme", "copying");
    private static final Set<String> CONFIG_EXTENSIONS = Set.of(
            "yml",
            "yaml",
            "json",
            "toml",
            "xml",
            "properties",
            "ini",
            "cfg",
            "conf",
            "gradle",
            "kts",
            "editorconfig",
            "gitignore",
            "gitattributes",
            "gooseignore",
            "dockerignore",
            "env");
    private static final Set<String> CONFIG_NAMES =
            Set.of("dockerfile", "makefile", "jenkinsfile", "containerfile", "procfile", "mvnw", "gradlew");

    /** The kind of the file at {@code path} (a repository-relative path with {@code /} separators). */
    public static FileKind of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] segments = lower.split("/");
        String name = segments[segments.length - 1];
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String stem = dot <= 0 ? name : name.substring(0, dot);
        for (int i = 0; i < segments.length - 1; i++) {
            if (TEST_DIRS.contains(segments[i])) {
                return TEST;
            }
        }
        if (isTestName(path.substring(path.lastIndexOf('/') + 1), name)) {
            return TEST;
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (DOC_DIRS.contains(segments[i])) {
                return DOCS;
            }
        }
        if (DOC_EXTENSIONS.contains(extension) || DOC_NAMES.contains(stem)) {
            return DOCS;
        }
        if (CONFIG_EXTENSIONS.contains(extension)
                || CONFIG_NAMES.contains(stem)
                || lower.startsWith(".github/")
                || lower.startsWith(".gitlab/")
                || lower.startsWith(".mvn/")) {
            return CONFIG;
        }
        return SOURCE;
    }

    /** JUnit/pytest/Go/Jest/RSpec naming: {@code FooTest.java}, {@code test_foo.py}, {@code foo.spec.ts} ... */
    private static boolean isTestName(String original, String name) {
        int dot = original.indexOf('.');
        String base = dot < 0 ? original : original.substring(0, dot);
        return base.endsWith("Test")
                || base.endsWith("Tests")
                || base.endsWith("IT")
                || base.endsWith("ITest")
                || name.startsWith("test_")
                || base.toLowerCase(Locale.ROOT).endsWith("_test")
                || base.toLowerCase(Locale.ROOT).endsWith("_spec")
                || name.contains(".test.")
                || name.contains(".spec.");
    }
}
