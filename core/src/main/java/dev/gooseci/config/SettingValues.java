package dev.gooseci.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checked values from every layer, the later one winning key by key, and their binding to {@link Settings} over the
 * defaults.
 */
final class SettingValues {
    private final Map<List<String>, Object> values = new HashMap<>();
    private final Map<List<String>, String> origins = new HashMap<>();

    /** Checks {@code raw} against the known keys and types, and lets it override any earlier value. */
    void apply(RawSetting raw) {
        String key = SettingKeys.dotted(raw.path());
        ValueType type = SettingKeys.valueType(raw.path())
                .orElseThrow(() -> new ConfigException(raw.origin() + ": unknown key '" + key
                        + "'; allowed keys here are " + String.join(", ", SettingKeys.allowedBeside(raw.path()))));
        if (raw.fromFile() && type == ValueType.SECRET) {
            throw new ConfigException(raw.origin() + ": '" + key + "' must not be kept in a config file, where it"
                    + " would be committed or shared; remove it (and rotate the key), and pass the key through the"
                    + " provider's own variable (such as OPENAI_API_KEY) or GOOSE_API_KEY from your CI secrets");
        }
        if (type == ValueType.SECRET && raw.path().size() > 1) {
            throw new ConfigException(raw.origin() + ": '" + key + "' cannot be set; pass the key as api_key"
                    + " (GOOSE_API_KEY) or through the provider's own variable, such as OPENAI_API_KEY");
        }
        Object value;
        try {
            value = raw.items().isPresent() ? type.items(raw.items().get()) : type.parse(raw.value());
        } catch (ValueType.InvalidItem e) {
            throw new ConfigException(
                    raw.origin() + ": '" + e.item() + "' in " + key + " " + e.getMessage() + "; expected "
                            + type.format(),
                    e);
        } catch (IllegalArgumentException e) {
            String shown = type == ValueType.SECRET ? "the value" : "'" + raw.value() + "'";
            throw new ConfigException(
                    raw.origin() + ": " + shown + " is not a valid " + key + "; expected " + type.format(), e);
        }
        values.put(raw.path(), value);
        origins.put(raw.path(), raw.origin());
    }

    Settings toSettings() {
        Settings defaults = Settings.defaults();
        Limits limits = defaults.limits();
        HttpSettings http = defaults.http();
        return new Settings(
                get(List.of("provider"), String.class).orElse(defaults.provider()),
                get(List.of("model"), String.class),
                get(List.of("base_url"), String.class),
                get(List.of("api_key"), Secret.class),
                new Permissions(
                        get(List.of("mode"), String.class)
                                .orElse(defaults.permissions().mode()),
                        named("permissions", String.class)),
                new Limits(
                        get(List.of("limits", "max_turns"), Integer.class).orElse(limits.maxTurns()),
                        get(List.of("limits", "max_tokens"), Long.class).orElse(limits.maxTokens()),
                        get(List.of("limits", "max_cost_usd"), BigDecimal.class),
                        get(List.of("limits", "timeout"), Duration.class).orElse(limits.timeout())),
                new RetrySettings(get(List.of("retry", "max_retries"), Integer.class)
                        .orElse(defaults.retry().maxRetries())),
                new HttpSettings(
                        get(List.of("http", "connect_timeout"), Duration.class).orElse(http.connectTimeout()),
                        get(List.of("http", "read_timeout"), Duration.class).orElse(http.readTimeout()),
                        get(List.of("http", "call_timeout"), Duration.class).orElse(http.callTimeout())),
                prices(),
                providers(),
                tools());
    }

    private ToolSettings tools() {
        ToolSettings defaults = ToolSettings.defaults();
        ShellSettings shell = defaults.shell();
        List<String> write = strings(List.of("developer", "write")).orElse(defaults.write());
        if (write.isEmpty()) {
            throw new ConfigException(origins.get(List.of("developer", "write")) + ": developer.write is empty; give"
                    + " at least one glob, such as src/test/**. To forbid writes, set developer__write_file and"
                    + " developer__edit_file to never_allow under permissions");
        }
        return new ToolSettings(
                new ShellSettings(
                        get(List.of("shell", "enabled"), Boolean.class).orElse(shell.enabled()),
                        strings(List.of("shell", "allow")).orElse(shell.allow()),
                        get(List.of("shell", "timeout"), Duration.class).orElse(shell.timeout())),
                write,
                strings(List.of("env", "pass")).orElse(defaults.envPass()),
                new ExtensionValues(values, origins).bind());
    }

    private Optional<List<String>> strings(List<String> path) {
        return get(path, List.class)
                .map(list -> ((List<?>) list).stream().map(String.class::cast).toList());
    }

    private <T> Optional<T> get(List<String> path, Class<T> type) {
        return Optional.ofNullable(values.get(path)).map(type::cast);
    }

    /** The values under {@code section}, by the name in the key's second segment. */
    private <T> Map<String, T> named(String section, Class<T> type) {
        Map<String, T> named = new TreeMap<>();
        values.forEach((path, value) -> {
            if (path.size() == 2 && path.get(0).equals(section)) {
                named.put(path.get(1), type.cast(value));
            }
        });
        return named;
    }

    private Map<String, PriceSetting> prices() {
        Map<String, PriceSetting> prices = new TreeMap<>();
        for (List<String> path : values.keySet()) {
            if (path.get(0).equals("prices") && !prices.containsKey(path.get(1))) {
                prices.put(path.get(1), price(path.get(1), path));
            }
        }
        return prices;
    }

    /** Cache prices default to the input price, so that a partial override never makes a run look cheaper. */
    private PriceSetting price(String model, List<String> anyField) {
        Optional<BigDecimal> input = get(List.of("prices", model, "input"), BigDecimal.class);
        Optional<BigDecimal> output = get(List.of("prices", model, "output"), BigDecimal.class);
        if (input.isEmpty() || output.isEmpty()) {
            throw new ConfigException(origins.get(anyField) + ": prices." + model + " needs both input and output"
                    + " (US dollars per million tokens); cache_read and cache_write default to input");
        }
        return new PriceSetting(
                input.get(),
                output.get(),
                get(List.of("prices", model, "cache_read"), BigDecimal.class).orElse(input.get()),
                get(List.of("prices", model, "cache_write"), BigDecimal.class).orElse(input.get()));
    }

    private Map<String, ProviderSettings> providers() {
        Map<String, ProviderSettings> providers = new TreeMap<>();
        values.forEach((path, value) -> {
            if (path.get(0).equals("providers")) {
                providers.put(path.get(1), new ProviderSettings(Optional.of((String) value)));
            }
        });
        return providers;
    }
}
