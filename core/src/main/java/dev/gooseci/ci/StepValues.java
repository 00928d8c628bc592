package dev.gooseci.ci;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How both Jenkins steps read the values they share: text parameters, the fork flag and the replay transcript. */
final class StepValues {
    /** The variable that names a replay transcript, as for the GitHub Action. */
    static final String REPLAY = "GOOSE_REPLAY";

    private StepValues() {}

    /** Jenkins binds an unset text parameter as null or blank: both are the empty string here. */
    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** {@code CHANGE_FORK} is set on a pull request from a fork: its code and config are not trusted. */
    static boolean fork(Map<String, String> env) {
        return !env.getOrDefault("CHANGE_FORK", "").isBlank();
    }

    /**
     * {@code GOOSE_REPLAY}, as the GitHub Action reads it: a transcript to play instead of calling a model, for
     * demos and tests ({@code withEnv(['GOOSE_REPLAY=...'])}); a relative path is resolved against the workspace.
     */
    static Optional<String> replay(Map<String, String> env) {
        return Optional.ofNullable(env.get(REPLAY)).map(String::strip).filter(path -> !path.isEmpty());
    }

    static Optional<BigDecimal> maxCost(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal cost = new BigDecimal(text);
            if (cost.signum() > 0) {
                return Optional.of(cost);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "maxCost must be a positive amount of US dollars such as 2.50, was '" + text + "'");
    }

    /** {@code dotted.key=value} lines; blank lines and {@code #} comments are skipped. */
    static Map<String, String> configLines(String config) {
        Map<String, String> flags = new LinkedHashMap<>();
        String[] lines = config.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("config line " + (i + 1) + " '" + line
                        + "' is not dotted.key=value, such as limits.max_turns=20");
            }
            flags.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return flags;
    }
}
