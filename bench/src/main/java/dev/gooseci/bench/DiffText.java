package dev.gooseci.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates {@code git diff} text of Java-like code, deterministically (fixed seed): files of 20 hunks, each hunk 3
 * context lines, 10 removed, 10 added and 3 context lines again, so 20 changed lines per hunk and 400 per file.
 */
final class DiffText {

    static final int CHANGED_PER_HUNK = 20;
    static final int HUNKS_PER_FILE = 20;

    private static final String[] TYPES = {"int", "long", "String", "List<Order>", "Map<String, Item>", "boolean"};
    private static final String[] NAMES = {
        "total", "count", "customerId", "items", "pending", "retries", "lookup", "cache", "buffer", "result"
    };
    private static final String[] CALLS = {
        "repository.findById",
        "Objects.requireNonNull",
        "service.compute",
        "List.copyOf",
        "mapper.readTree",
        "Math.max",
        "log.debug",
        "cache.computeIfAbsent"
    };

    private final Random random = new Random(42);

    private DiffText() {}

    /** Diff text with (at least) {@code changedLines} added plus removed lines. */
    static byte[] generate(int changedLines) {
        return new DiffText().diff(changedLines).getBytes(StandardCharsets.UTF_8);
    }

    private String diff(int changedLines) {
        int files = Math.max(1, changedLines / (CHANGED_PER_HUNK * HUNKS_PER_FILE));
        StringBuilder out = new StringBuilder(changedLines * 60);
        for (int f = 0; f < files; f++) {
            String path = "src/main/java/com/example/module" + (f % 50) + "/Service" + f + ".java";
            out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
            out.append("index 1234567..89abcde 100644\n");
            out.append("--- a/").append(path).append('\n');
            out.append("+++ b/").append(path).append('\n');
            for (int h = 0; h < HUNKS_PER_FILE; h++) {
                int start = 1 + h * 40;
                out.append("@@ -")
                        .append(start)
                        .append(",16 +")
                        .append(start)
                        .append(",16 @@ class Service")
                        .append(f)
                        .append(" {\n");
                for (int i = 0; i < 3; i++) {
                    out.append(' ').append(line()).append('\n');
                }
                for (int i = 0; i < 10; i++) {
                    out.append('-').append(line()).append('\n');
                }
                for (int i = 0; i < 10; i++) {
                    out.append('+').append(line()).append('\n');
                }
                for (int i = 0; i < 3; i++) {
                    out.append(' ').append(line()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** One line of plausible Java: a declaration, a call, a condition, a comment or a closing brace. */
    String line() {
        String indent = "        ".substring(0, 4 * (1 + random.nextInt(2)));
        String name = pick(NAMES) + (random.nextInt(3) == 0 ? random.nextInt(100) : "");
        switch (random.nextInt(6)) {
            case 0:
                return indent + pick(TYPES) + " " + name + " = " + pick(CALLS) + "(" + pick(NAMES) + ");";
            case 1:
                return indent + "if (" + name + " == null || " + pick(NAMES) + ".isEmpty()) {";
            case 2:
                return indent + "    throw new IllegalStateException(\"" + name + " must be set before " + pick(NAMES)
                        + "\");";
            case 3:
                return indent + "// " + name + " is cached per request, see issue #" + random.nextInt(500);
            case 4:
                return indent + "return " + pick(CALLS) + "(" + name + ", " + random.nextInt(1000) + ");";
            default:
                return indent + "}";
        }
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
