package dev.gooseci.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gooseci.report.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the custom checks in {@code .goose/checks/*.md}. Each file starts with YAML front matter between {@code ---}
 * lines, with {@code name} (letters, digits, {@code -}, {@code _}), {@code globs} (one glob or a list),
 * {@code severity} (default {@code major}) and optionally {@code instructions}; without that field, the Markdown after
 * the front matter is the instructions. A file that breaks these rules fails the run with its path and field, since a
 * check that silently does not run is worse than none.
 */
final class CheckLoader {
    static final String DIRECTORY = ".goose/checks";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> FIELDS = Set.of("name", "globs", "severity", "instructions");

    private CheckLoader() {}

    static List<CustomCheck> load(RepoFiles files) {
        List<CustomCheck> checks = new ArrayList<>();
        for (String name : files.list(DIRECTORY)) {
            if (name.endsWith(".md")) {
                String path = DIRECTORY + "/" + name;
                checks.add(parse(path, files.read(path).orElse("")));
            }
        }
        return checks;
    }

    static CustomCheck parse(String file, String text) {
        String content = text.replace("\r\n", "\n");
        if (!content.startsWith("---\n")) {
            throw bad(file, "front matter", "the file must start with a '---' line, then name, globs and severity");
        }
        int end = content.indexOf("\n---", 3);
        if (end < 0) {
            throw bad(file, "front matter", "no closing '---' line after the fields");
        }
        JsonNode front;
        try {
            front = YAML.readTree(content.substring(4, end + 1));
        } catch (JsonProcessingException e) {
            throw bad(file, "front matter", "not valid YAML: " + e.getOriginalMessage());
        }
        if (front == null || !front.isObject()) {
            throw bad(file, "front matter", "must be YAML fields: name, globs, severity, instructions");
        }
        for (Iterator<String> names = front.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw bad(file, field, "unknown field; the fields are name, globs, severity and instructions");
            }
        }
        String name = front.path("name").asText("").strip();
        if (!name.matches("[A-Za-z0-9_-]{1,60}")) {
            throw bad(file, "name", "required: 1 to 60 letters, digits, '-' or '_', e.g. name: sql-injection");
        }
        String severity = front.path("severity").asText("major");
        Severity parsed;
        try {
            parsed = Severity.parse(severity);
        } catch (IllegalArgumentException e) {
            throw bad(file, "severity", e.getMessage());
        }
        int bodyStart = content.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : content.substring(bodyStart + 1).strip();
        String instructions =
                front.has("instructions") ? front.get("instructions").asText("").strip() : body;
        if (instructions.isEmpty()) {
            throw bad(file, "instructions", "required: what to look for, in the field or after the front matter");
        }
        return new CustomCheck(file, name, globs(file, front.get("globs")), parsed, instructions);
    }

    private static List<String> globs(String file, JsonNode node) {
        List<String> globs = new ArrayList<>();
        if (node != null && node.isTextual()) {
            globs.add(node.asText());
        } else if (node != null && node.isArray()) {
            node.forEach(g -> globs.add(g.isTextual() ? g.asText() : ""));
        }
        if (globs.isEmpty() || globs.stream().anyMatch(String::isBlank)) {
            throw bad(file, "globs", "required: a glob or a list of globs, e.g. globs: [\"**/*.java\", \"*.sql\"]");
        }
        return globs;
    }

    private static IllegalArgumentException bad(String file, String field, String what) {
        return new IllegalArgumentException("custom check " + file + ", field '" + field + "': " + what);
    }
}
