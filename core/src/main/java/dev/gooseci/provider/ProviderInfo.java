package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * One row of the provider table: what a vendor is called, which wire format it speaks, where it lives and how it
 * authenticates. OpenAI-compatible vendors differ only in these values, which is why they are rows and not classes.
 *
 * @param name the name users type, for example {@code groq}
 * @param format the wire format
 * @param displayName the vendor's name for messages
 * @param defaultBaseUrl the base URL when no variable or override sets one; empty when the user must give it (Azure)
 * @param baseUrlEnv variables that override the base URL, first set wins
 * @param baseUrlPath a path appended to a base URL taken from a variable or override when it does not already end
 *     with it (Azure's {@code /openai/deployments} after the resource endpoint); empty for none
 * @param keyEnv variables holding the API key, in order of preference
 * @param authStyle how the key is sent
 * @param keyRequired whether a call without a key is an error before anything is sent
 * @param defaultModel the model used when none is configured; empty when there is no sensible default
 * @param headers extra headers on every request
 * @param query extra query parameters on every request (Azure's {@code api-version})
 * @param queryEnv variables that override a query parameter, keyed by the parameter
 * @param deploymentInPath Chat Completions only: the model is an Azure deployment in the URL path
 * @param streamOptions Chat Completions only: whether the server accepts {@code stream_options}
 * @param maxTokensField Chat Completions only: {@code max_tokens} or {@code max_completion_tokens}
 */
public record ProviderInfo(
        String name,
        WireFormat format,
        String displayName,
        Optional<String> defaultBaseUrl,
        List<String> baseUrlEnv,
        String baseUrlPath,
        List<String> keyEnv,
        AuthStyle authStyle,
        boolean keyRequired,
        Optional<String> defaultModel,
        Map<String, String> headers,
        Map<String, String> query,
        Map<String, String> queryEnv,
        boolean deploymentInPath,
        boolean streamOptions,
        String maxTokensField) {

    /** The two names compatible servers use for the output cap. */
    public static final Set<String> MAX_TOKENS_FIELDS = Set.of("max_tokens", "max_completion_tokens");

    public ProviderInfo {
        requireNonNull(name, "name");
        requireNonNull(format, "format");
        requireNonNull(displayName, "displayName");
        requireNonNull(defaultBaseUrl, "defaultBaseUrl");
        baseUrlEnv = List.copyOf(baseUrlEnv);
        requireNonNull(baseUrlPath, "baseUrlPath");
        keyEnv = List.copyOf(keyEnv);
        requireNonNull(authStyle, "authStyle");
        requireNonNull(defaultModel, "defaultModel");
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        queryEnv = Map.copyOf(queryEnv);
        requireNonNull(maxTokensField, "maxTokensField");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "provider name '" + name + "' must be lower-case letters, digits and '-', like 'openai'");
        }
        defaultBaseUrl.ifPresent(url -> {
            if (HttpUrl.parse(url) == null) {
                throw new IllegalArgumentException(
                        "provider " + name + ": default base URL '" + url + "' is not an http(s) URL");
            }
        });
        if (format != WireFormat.REPLAY && defaultBaseUrl.isEmpty() && baseUrlEnv.isEmpty()) {
            throw new IllegalArgumentException(
                    "provider " + name + " has neither a default base URL nor a variable for one; add baseUrlEnv");
        }
        if (keyRequired && keyEnv.isEmpty()) {
            throw new IllegalArgumentException(
                    "provider " + name + " requires a key but names no variable for it; add keyEnv");
        }
        if (keyRequired && authStyle == AuthStyle.NONE) {
            throw new IllegalArgumentException("provider " + name + " requires a key but its auth style is NONE");
        }
        if (!MAX_TOKENS_FIELDS.contains(maxTokensField)) {
            throw new IllegalArgumentException("provider " + name + ": maxTokensField '" + maxTokensField
                    + "' must be one of " + MAX_TOKENS_FIELDS);
        }
    }

    /** The variable users are told to set for the key, or empty when the vendor takes none. */
    public Optional<String> keyVariable() {
        return keyEnv.stream().findFirst();
    }

    /** The base URL {@code env} selects: the first variable of {@link #baseUrlEnv} that is set, else the default. */
    public Optional<String> baseUrl(Map<String, String> env) {
        return EndpointResolver.baseUrl(this, env, Optional.empty());
    }

    /** The key {@code env} holds: the first variable of {@link #keyEnv} that is set and not blank. */
    public Optional<Secret> key(Map<String, String> env) {
        return EndpointResolver.key(this, env);
    }

    /**
     * Where to send requests and how to authenticate, from the environment and the user's explicit settings, which
     * win over it.
     *
     * @throws IllegalArgumentException naming the variables to set when the base URL or a required key is missing
     */
    public ProviderEndpoint endpoint(
            Map<String, String> env, Optional<String> baseUrlOverride, Optional<Secret> keyOverride) {
        return EndpointResolver.endpoint(this, env, baseUrlOverride, keyOverride);
    }
}
