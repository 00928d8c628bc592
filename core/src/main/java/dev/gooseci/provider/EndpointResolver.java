package dev.gooseci.provider;

import dev.gooseci.config.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a provider row and an environment into a {@link ProviderEndpoint}; a pure function of its inputs. */
final class EndpointResolver {
    private EndpointResolver() {}

    static Optional<String> baseUrl(ProviderInfo info, Map<String, String> env, Optional<String> override) {
        Optional<String> chosen = override.filter(url -> !url.isBlank())
                .or(() -> firstSet(env, info.baseUrlEnv()))
                .map(url -> root(info, url));
        return chosen.or(info::defaultBaseUrl);
    }

    static Optional<Secret> key(ProviderInfo info, Map<String, String> env) {
        return firstSet(env, info.keyEnv()).map(Secret::of);
    }

    static ProviderEndpoint endpoint(
            ProviderInfo info,
            Map<String, String> env,
            Optional<String> baseUrlOverride,
            Optional<Secret> keyOverride) {
        if (info.format() == WireFormat.REPLAY) {
            throw new IllegalArgumentException("provider " + info.name()
                    + " plays a recorded transcript and has no HTTP endpoint; give it the transcript file instead");
        }
        String baseUrl = baseUrl(info, env, baseUrlOverride)
                .orElseThrow(() -> new IllegalArgumentException(info.displayName() + " has no default base URL: set "
                        + either(info.baseUrlEnv()) + " to the service's URL or configure the provider's base URL"));
        Optional<Secret> key = keyOverride.or(() -> key(info, env));
        if (info.keyRequired() && key.isEmpty()) {
            throw new MissingKeyException(info.displayName() + " needs an API key: set " + either(info.keyEnv())
                    + " or configure the provider's API key");
        }
        Map<String, String> query = new LinkedHashMap<>(info.query());
        info.queryEnv()
                .forEach((param, variable) ->
                        firstSet(env, List.of(variable)).ifPresent(value -> query.put(param, value)));
        return new ProviderEndpoint(baseUrl, key, info.authStyle(), info.headers(), query);
    }

    /** A user-given URL: {@code host:port} gets {@code http://} (as OLLAMA_HOST allows); the row's path is added. */
    private static String root(ProviderInfo info, String url) {
        String withScheme = url.contains("://") ? url.trim() : "http://" + url.trim();
        String trimmed = withScheme.endsWith("/") ? withScheme.substring(0, withScheme.length() - 1) : withScheme;
        String path = info.baseUrlPath();
        return path.isEmpty() || trimmed.endsWith(path) ? trimmed : trimmed + path;
    }

    private static Optional<String> firstSet(Map<String, String> env, List<String> variables) {
        return variables.stream()
                .map(env::get)
                .filter(value -> value != null && !value.isBlank())
                .map(String::trim)
                .findFirst();
    }

    private static String either(List<String> variables) {
        return String.join(" or ", variables);
    }
}
