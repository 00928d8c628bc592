package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.provider.anthropic.AnthropicProvider;
import dev.gooseci.provider.gemini.GeminiProvider;
import dev.gooseci.provider.ollama.OllamaProvider;
import dev.gooseci.provider.openai.OpenAiDialect;
import dev.gooseci.provider.openai.OpenAiProvider;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link ChatProvider} from a row of the {@link ProviderCatalog}: the row says which wire format, where,
 * and with which key; the environment and the overrides fill in the rest. This is the only place that knows every
 * wire format's class.
 */
public final class ProviderFactory {
    private final ProviderCatalog catalog;
    private final HttpTransport http;

    public ProviderFactory(ProviderCatalog catalog, HttpTransport http) {
        this.catalog = requireNonNull(catalog, "catalog");
        this.http = requireNonNull(http, "http");
    }

    public ProviderCatalog catalog() {
        return catalog;
    }

    /**
     * The provider called {@code name}, reaching its endpoint as {@code env} and the overrides say.
     *
     * @throws IllegalArgumentException for an unknown provider (the message lists the known ones), a missing key
     *     (it names the variable to set), or the replay provider, which needs a transcript instead
     */
    public ChatProvider create(
            String name, Map<String, String> env, Optional<String> baseUrlOverride, Optional<Secret> keyOverride) {
        ProviderInfo info = catalog.require(name);
        if (info.format() == WireFormat.REPLAY) {
            throw new IllegalArgumentException(
                    "the replay provider plays a recorded transcript: pass --replay FILE instead of --provider replay");
        }
        ProviderEndpoint endpoint = info.endpoint(env, baseUrlOverride, keyOverride);
        WireFormat format = info.format();
        if (format == WireFormat.OPENAI) {
            return new OpenAiProvider(info.name(), endpoint, http, OpenAiDialect.of(info));
        }
        if (format == WireFormat.ANTHROPIC) {
            return new AnthropicProvider(info.name(), endpoint, http);
        }
        if (format == WireFormat.GEMINI) {
            return new GeminiProvider(info.name(), endpoint, http);
        }
        if (format == WireFormat.OLLAMA) {
            return new OllamaProvider(info.name(), endpoint, http);
        }
        throw new AssertionError(format);
    }

    /** The model to use: {@code requested} when given, else the catalog's default for the provider. */
    public String model(String provider, Optional<String> requested) {
        ProviderInfo info = catalog.require(provider);
        return requested
                .filter(model -> !model.isBlank())
                .or(info::defaultModel)
                .orElseThrow(() -> new IllegalArgumentException(
                        "provider " + provider + " has no default model; set GOOSE_MODEL or pass --model"));
    }
}
