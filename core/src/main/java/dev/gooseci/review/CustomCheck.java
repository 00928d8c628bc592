package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.report.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A repository's own review rule, from {@code .goose/checks/<file>.md}: it runs on the units that hold a file matching
 * one of its globs, and its findings carry the check's name as their category.
 *
 * <p>Globs: {@code *} and {@code ?} stay inside one directory, {@code **} crosses directories, and a glob without
 * {@code /} matches the file name at any depth (as in {@code .gitignore}), so {@code *.sql} matches
 * {@code db/migrations/V1.sql}.
 *
 * @param file the check's file, relative to the repository root, for messages
 * @param severity the severity its findings have unless the model has reason to choose another
 */
public record CustomCheck(String file, String name, List<String> globs, Severity severity, String instructions) {

    public CustomCheck {
        requireNonNull(file, "file");
        requireNonNull(name, "name");
        globs = List.copyOf(requireNonNull(globs, "globs"));
        requireNonNull(severity, "severity");
        requireNonNull(instructions, "instructions");
    }

    /** Whether the check runs on {@code unit}. */
    public boolean appliesTo(ReviewUnit unit) {
        return unit.paths().stream().anyMatch(this::matches);
    }

    public boolean matches(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (String glob : globs) {
            String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
            boolean anyDepth = !glob.contains("/");
            if (regex(pattern).matcher(anyDepth ? name : path).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern regex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                out.append(".*");
                i++;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(out.toString());
    }
}
