package dev.gooseci.testgen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads compiler errors from Maven's output: {@code [ERROR] /path/File.java:[12,5] message}, as maven-compiler-plugin
 * prints them (the same error is printed twice, in the log and in the failure summary; it is kept once).
 */
final class CompilerErrors {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern DETAIL =
            Pattern.compile("^(?:\\[ERROR\\])?\\s+((?:symbol|location|required|found|reason)\\b.*)$");
    private static final Pattern ERROR = Pattern.compile("^\\[ERROR\\] (.+?\\.java):\\[(\\d+)(?:,(\\d+))?\\] (.*)$");

    private CompilerErrors() {}

    private static String clean(String line) {
        return ANSI.matcher(line).replaceAll("");
    }

    static List<CompilerError> parse(String output) {
        LinkedHashSet<CompilerError> errors = new LinkedHashSet<>();
        String[] lines = output.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR.matcher(clean(lines[i]).strip());
            if (!m.matches()) {
                continue;
            }
            int column = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            StringBuilder message = new StringBuilder(m.group(4).strip());
            while (i + 1 < lines.length) {
                Matcher detail = DETAIL.matcher(clean(lines[i + 1]));
                if (!detail.matches()) {
                    break;
                }
                message.append("; ")
                        .append(detail.group(1).replaceAll("\\s+", " ").strip());
                i++;
            }
            errors.add(new CompilerError(m.group(1), Integer.parseInt(m.group(2)), column, message.toString()));
        }
        return new ArrayList<>(errors);
    }
}
