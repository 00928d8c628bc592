package dev.gooseci.tool.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The model's arguments to one git tool, read leniently (numbers may come as text) and checked with clear errors. */
final class GitArgs {
    private final String tool;
    private final ObjectNode arguments;

    GitArgs(String tool, ObjectNode arguments) {
        this.tool = tool;
        this.arguments = arguments;
    }

    Optional<String> string(String field) {
        JsonNode node = arguments.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw new GitToolException(tool + ": '" + field + "' must be a string, was " + node);
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String field, String example) {
        return string(field)
                .orElseThrow(() -> new GitToolException(tool + " needs '" + field + "', for example " + example));
    }

    Optional<Integer> integer(String field, int min, int max) {
        Optional<String> text = string(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new GitToolException(tool + ": '" + field + "' must be a whole number, was " + text.get());
        }
        if (value < min || value > max) {
            throw new GitToolException(
                    tool + ": '" + field + "' must be between " + min + " and " + max + ", was " + value);
        }
        return Optional.of(value);
    }

    /** A repository path: '/' separators, no leading "./" or trailing '/', never absolute and never with "..". */
    Optional<String> path(String field) {
        return string(field).map(GitArgs::normalize).map(path -> {
            if (path.isEmpty()) {
                return null;
            }
            if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../")) {
                throw new GitToolException(tool + ": '" + field + "' must be a path relative to the repository's"
                        + " top directory, without '..', was " + path);
            }
            return path;
        });
    }

    static String normalize(String path) {
        String normal = path.replace('\\', '/');
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        while (normal.endsWith("/") && normal.length() > 1) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal.equals(".") ? "" : normal;
    }
}
