package dev.gooseci.provider;

/** How a vendor wants the API key sent. */
public enum AuthStyle {
    /** {@code Authorization: Bearer KEY}: OpenAI and most compatible servers. */
    BEARER("Authorization"),
    /** {@code api-key: KEY}: Azure OpenAI. */
    API_KEY("api-key"),
    /** {@code x-api-key: KEY}: Anthropic. */
    X_API_KEY("x-api-key"),
    /** {@code x-goog-api-key: KEY}: Gemini. */
    X_GOOG_API_KEY("x-goog-api-key"),
    /** No key: local servers such as Ollama, vLLM or LM Studio. */
    NONE("");

    private final String header;

    AuthStyle(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** The header value for {@code key}. */
    public String value(String key) {
        return this == BEARER ? "Bearer " + key : key;
    }
}
