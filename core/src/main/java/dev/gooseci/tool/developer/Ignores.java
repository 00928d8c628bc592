package dev.gooseci.tool.developer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ignore files in force in one directory of a walk: its own {@code .gitignore} and {@code .gooseignore} and
 * those of every directory above it up to the workspace root. As in git, the deepest file speaks first and, within
 * a file, the last matching line wins; {@code .gooseignore} is read after {@code .gitignore}, so it can override it.
 * Immutable: entering a directory returns a new chain.
 */
final class Ignores {
    static final List<String> FILE_NAMES = List.of(".gitignore", ".gooseignore");

    private static final Ignores NONE = new Ignores(null, "", List.of());

    private final Ignores parent;
    private final String base;
    private final List<IgnoreRule> rules;

    private Ignores(Ignores parent, String base, List<IgnoreRule> rules) {
        this.parent = parent;
        this.base = base;
        this.rules = rules;
    }

    static Ignores none() {
        return NONE;
    }

    /** The chain for a walk starting at {@code relative}: the ignore files of the root and of each directory down. */
    static Ignores forDirectory(Path root, String relative) throws IOException {
        Ignores ignores = NONE.enter(root, "");
        if (relative.isEmpty()) {
            return ignores;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : relative.split("/")) {
            path.append(path.length() == 0 ? "" : "/").append(segment);
            ignores = ignores.enter(root.resolve(path.toString()), path.toString());
        }
        return ignores;
    }

    /** The chain inside {@code directory} (workspace-relative {@code relative}); this one if it has no ignore file. */
    Ignores enter(Path directory, String relative) throws IOException {
        List<IgnoreRule> found = new ArrayList<>();
        for (String name : FILE_NAMES) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    IgnoreRule.parse(line).ifPresent(found::add);
                }
            }
        }
        return found.isEmpty() ? this : new Ignores(this, relative, List.copyOf(found));
    }

    /** Whether the workspace-relative {@code relative} is ignored; its parent directories are assumed not to be. */
    boolean ignored(String relative, boolean directory) {
        for (Ignores level = this; level != NONE; level = level.parent) {
            String local = level.base.isEmpty() ? relative : relative.substring(level.base.length() + 1);
            for (int i = level.rules.size() - 1; i >= 0; i--) {
                IgnoreRule rule = level.rules.get(i);
                if (rule.matches(local, directory)) {
                    return !rule.negated();
                }
            }
        }
        return false;
    }
}
