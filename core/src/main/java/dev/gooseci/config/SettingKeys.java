package dev.gooseci.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a config file, a variable or a flag may set, as paths such as {@code [limits, max_turns]}. A {@code *}
 * segment stands for any name: a tool, a model or a provider.
 */
final class SettingKeys {
    static final String ANY = "*";

    private static final Map<List<String>, ValueType> KEYS = keys();

    private SettingKeys() {}

    private static Map<List<String>, ValueType> keys() {
        Map<List<String>, ValueType> keys = new LinkedHashMap<>();
        keys.put(List.of("provider"), ValueType.NAME);
        keys.put(List.of("model"), ValueType.NAME);
        keys.put(List.of("base_url"), ValueType.URL);
        keys.put(List.of("api_key"), ValueType.SECRET);
        keys.put(List.of("mode"), ValueType.MODE);
        keys.put(List.of("permissions", ANY), ValueType.RULE);
        keys.put(List.of("limits", "max_turns"), ValueType.POSITIVE_INT);
        keys.put(List.of("limits", "max_tokens"), ValueType.POSITIVE_LONG);
        keys.put(List.of("limits", "max_cost_usd"), ValueType.USD);
        keys.put(List.of("limits", "timeout"), ValueType.DURATION);
        keys.put(List.of("retry", "max_retries"), ValueType.COUNT);
        keys.put(List.of("http", "connect_timeout"), ValueType.DURATION);
        keys.put(List.of("http", "read_timeout"), ValueType.DURATION);
        keys.put(List.of("http", "call_timeout"), ValueType.DURATION);
        for (String field : List.of("input", "output", "cache_read", "cache_write")) {
            keys.put(List.of("prices", ANY, field), ValueType.USD);
        }
        keys.put(List.of("providers", ANY, "base_url"), ValueType.URL);
        // Listed only so that a key stored here gets the "never in a file" error rather than "unknown key".
        keys.put(List.of("providers", ANY, "api_key"), ValueType.SECRET);
        keys.put(List.of("shell", "enabled"), ValueType.BOOLEAN);
        keys.put(List.of("shell", "allow"), ValueType.COMMANDS);
        keys.put(List.of("shell", "timeout"), ValueType.DURATION);
        keys.put(List.of("developer", "write"), ValueType.GLOBS);
        keys.put(List.of("env", "pass"), ValueType.VARIABLES);
        keys.put(List.of("extensions", ANY, "type"), ValueType.MCP_TYPE);
        keys.put(List.of("extensions", ANY, "cmd"), ValueType.TEXT);
        keys.put(List.of("extensions", ANY, "args"), ValueType.TEXTS);
        keys.put(List.of("extensions", ANY, "env", ANY), ValueType.TEXT);
        keys.put(List.of("extensions", ANY, "uri"), ValueType.URL);
        keys.put(List.of("extensions", ANY, "headers", ANY), ValueType.TEXT);
        keys.put(List.of("extensions", ANY, "timeout"), ValueType.DURATION);
        keys.put(List.of("extensions", ANY, "available_tools"), ValueType.NAMES);
        keys.put(List.of("extensions", ANY, "enabled"), ValueType.BOOLEAN);
        return keys;
    }

    /** The type of the value at {@code path}, when {@code path} is a key that takes a value. */
    static Optional<ValueType> valueType(List<String> path) {
        return KEYS.entrySet().stream()
                .filter(key -> matches(key.getKey(), path))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether {@code path} is a section that holds further keys, such as {@code limits} or {@code prices.gpt-4o}. */
    static boolean isSection(List<String> path) {
        return KEYS.keySet().stream()
                .anyMatch(key -> key.size() > path.size() && matches(key.subList(0, path.size()), path));
    }

    /** The keys allowed beside the last segment of {@code path}, for "unknown key" errors. */
    static Set<String> allowedBeside(List<String> path) {
        List<String> parent = path.subList(0, path.size() - 1);
        Set<String> allowed = new LinkedHashSet<>();
        for (List<String> key : KEYS.keySet()) {
            if (key.size() > parent.size() && matches(key.subList(0, parent.size()), parent)) {
                String name = key.get(parent.size());
                allowed.add(name.equals(ANY) ? "<name>" : name);
            }
        }
        return allowed;
    }

    /**
     * Splits a dotted key as flags write it. Model names may hold dots ({@code prices.gpt-4.1.input}), so the name
     * in a {@code prices} or {@code providers} key is everything between the first and the last dot.
     */
    static List<String> path(String dotted) {
        int first = dotted.indexOf('.');
        int last = dotted.lastIndexOf('.');
        String head = first < 0 ? dotted : dotted.substring(0, first);
        if ((head.equals("prices") || head.equals("providers")) && last > first) {
            return List.of(head, dotted.substring(first + 1, last), dotted.substring(last + 1));
        }
        if (head.equals("permissions") && first > 0) {
            return List.of(head, dotted.substring(first + 1));
        }
        return List.copyOf(Arrays.asList(dotted.split("\\.", -1)));
    }

    static String dotted(List<String> path) {
        return String.join(".", path);
    }

    private static boolean matches(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!pattern.get(i).equals(ANY) && !pattern.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }
}
