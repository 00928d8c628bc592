package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * How tool calls are approved: Goose's mode and per-tool rules. The values are kept as the words users write; the
 * policy package turns them into decisions.
 *
 * @param mode one of {@link #MODES}
 * @param tools tool name to one of {@link #RULES}
 */
public record Permissions(String mode, Map<String, String> tools) {
    public static final List<String> MODES = List.of("auto", "approve", "smart_approve", "chat");
    public static final List<String> RULES = List.of("always_allow", "ask_before", "never_allow");

    public Permissions {
        requireNonNull(mode, "mode");
        tools = Map.copyOf(tools);
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("mode '" + mode + "' is not one of " + String.join(", ", MODES));
        }
        tools.forEach((tool, rule) -> {
            if (!RULES.contains(rule)) {
                throw new IllegalArgumentException(
                        "rule '" + rule + "' for tool " + tool + " is not one of " + String.join(", ", RULES));
            }
        });
    }

    public static Permissions defaults() {
        return new Permissions("auto", Map.of());
    }
}
