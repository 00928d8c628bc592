package dev.gooseci.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Settings} from its layers, each overriding the one before, key by key: the defaults; the user file
 * {@code ~/.config/goose-ci/config.yaml} (under {@code XDG_CONFIG_HOME} when that is set); the repository's
 * {@code .goose/config.yaml}; the {@code GOOSE_*} variables; and flags, which use the files' dotted keys (for example
 * {@code limits.max_turns}).
 *
 * <p>An API key is taken only from {@code GOOSE_API_KEY} or the {@code api_key} flag: one found in a file is an
 * error, because a repository file is committed and a user file is easily shared. Every error is a
 * {@link ConfigException} that names the file and line, variable or flag, the key, and what is allowed.
 */
public final class SettingsLoader {
    /** The variables read, and the key each one sets. Empty variables count as unset, as CI often defines them so. */
    static final Map<String, String> VARIABLES = variables();

    static final Path REPOSITORY_FILE = Path.of(".goose", "config.yaml");

    private SettingsLoader() {}

    private static Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("GOOSE_PROVIDER", "provider");
        variables.put("GOOSE_MODEL", "model");
        variables.put("GOOSE_MODE", "mode");
        variables.put("GOOSE_MAX_TURNS", "limits.max_turns");
        variables.put("GOOSE_MAX_TOKENS", "limits.max_tokens");
        variables.put("GOOSE_MAX_COST", "limits.max_cost_usd");
        variables.put("GOOSE_TIMEOUT", "limits.timeout");
        variables.put("GOOSE_API_KEY", "api_key");
        variables.put("GOOSE_BASE_URL", "base_url");
        variables.put("GOOSE_SHELL_ALLOW", "shell.allow");
        variables.put("GOOSE_ENV_PASS", "env.pass");
        return Map.copyOf(variables);
    }

    /**
     * Loads the settings for a run in {@code workspace}. The home directory comes from {@code HOME} in {@code env},
     * not from the JVM, so that the result depends on the arguments alone.
     */
    public static Settings load(Map<String, String> env, Path workspace, Map<String, String> flags) {
        List<Path> files = new ArrayList<>();
        userFile(env).ifPresent(files::add);
        files.add(workspace.resolve(REPOSITORY_FILE));
        return load(files, env, flags);
    }

    /** Loads the settings from {@code files} in order (missing ones are skipped), then {@code env}, then flags. */
    public static Settings load(List<Path> files, Map<String, String> env, Map<String, String> flags) {
        SettingValues values = new SettingValues();
        for (Path file : files) {
            if (Files.exists(file)) {
                YamlSettings.read(file).forEach(values::apply);
            }
        }
        VARIABLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(variable -> !env.getOrDefault(variable.getKey(), "").isBlank())
                .forEach(variable -> values.apply(new RawSetting(
                        SettingKeys.path(variable.getValue()),
                        env.get(variable.getKey()),
                        "environment variable " + variable.getKey(),
                        false)));
        flags.forEach((key, value) -> values.apply(new RawSetting(SettingKeys.path(key), value, "flag " + key, false)));
        return values.toSettings();
    }

    /** The user's config file: under {@code XDG_CONFIG_HOME} when set, else under {@code HOME/.config}. */
    static Optional<Path> userFile(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (!xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "goose-ci", "config.yaml"));
        }
        String home = env.getOrDefault("HOME", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".config", "goose-ci", "config.yaml"));
    }
}
