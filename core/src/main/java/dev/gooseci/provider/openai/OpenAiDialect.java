package dev.gooseci.provider.openai;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ProviderInfo;

/**
 * The small ways Chat Completions servers differ. Authentication and extra headers or query parameters (Azure's
 * {@code api-version}) are the {@link dev.gooseci.provider.ProviderEndpoint}'s business, not the dialect's.
 *
 * @param deploymentInPath the model is an Azure deployment: requests go to {@code {baseUrl}/{model}/chat/completions}
 * @param streamOptions whether to ask for usage on streams with {@code stream_options}; some servers reject the field
 * @param maxTokensField {@code max_tokens}, or {@code max_completion_tokens} which OpenAI's reasoning models require
 * @param keyVariable the variable errors tell the user to set for the key, empty when the server takes none
 */
public record OpenAiDialect(
        boolean deploymentInPath, boolean streamOptions, String maxTokensField, String keyVariable) {

    public OpenAiDialect {
        requireNonNull(maxTokensField, "maxTokensField");
        requireNonNull(keyVariable, "keyVariable");
        if (!ProviderInfo.MAX_TOKENS_FIELDS.contains(maxTokensField)) {
            throw new IllegalArgumentException(
                    "maxTokensField '" + maxTokensField + "' must be one of " + ProviderInfo.MAX_TOKENS_FIELDS);
        }
    }

    /** OpenAI's own API. */
    public static OpenAiDialect openai() {
        return new OpenAiDialect(false, true, "max_completion_tokens", "OPENAI_API_KEY");
    }

    /** The dialect a provider-table row describes. */
    public static OpenAiDialect of(ProviderInfo info) {
        return new OpenAiDialect(
                info.deploymentInPath(),
                info.streamOptions(),
                info.maxTokensField(),
                info.keyVariable().orElse(""));
    }

    /** The path of the Chat Completions call for {@code model}, under the endpoint's base URL. */
    String path(String model) {
        return deploymentInPath ? "/" + model + "/chat/completions" : "/chat/completions";
    }
}
