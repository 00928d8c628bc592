package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Where a provider sends its requests and how it authenticates.
 *
 * @param baseUrl the vendor's base URL, for example {@code https://api.openai.com/v1}; paths are appended to it
 * @param apiKey the key, when the vendor needs one
 * @param authStyle how the key is sent
 * @param headers extra headers on every request (for example {@code anthropic-version})
 * @param query extra query parameters on every request (for example Azure's {@code api-version})
 */
public record ProviderEndpoint(
        String baseUrl,
        Optional<Secret> apiKey,
        AuthStyle authStyle,
        Map<String, String> headers,
        Map<String, String> query) {

    public ProviderEndpoint {
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(authStyle, "authStyle");
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        if (HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException(
                    "base URL '" + baseUrl + "' is not an http(s) URL; set it like https://host[:port]/path");
        }
    }

    public static ProviderEndpoint of(String baseUrl, Secret key, AuthStyle style) {
        return new ProviderEndpoint(baseUrl, Optional.ofNullable(key), style, Map.of(), Map.of());
    }

    /** The URL of {@code path} under the base URL, with the endpoint's query parameters. */
    public HttpUrl url(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        HttpUrl.Builder url =
                HttpUrl.get(base + (path.startsWith("/") ? path : "/" + path)).newBuilder();
        query.forEach(url::addQueryParameter);
        return url.build();
    }

    /** A request builder for {@code path}, with auth and extra headers set. */
    public Request.Builder request(String path) {
        Request.Builder request = new Request.Builder().url(url(path));
        headers.forEach(request::header);
        if (authStyle != AuthStyle.NONE) {
            apiKey.ifPresent(key -> request.header(authStyle.header(), authStyle.value(key.reveal())));
        }
        return request;
    }
}
