package dev.gooseci.provider;

/** The API shape a provider speaks; one implementation of {@link ChatProvider} exists per format. */
public enum WireFormat {
    /** OpenAI Chat Completions, and every server that copies it. */
    OPENAI,
    /** Anthropic Messages. */
    ANTHROPIC,
    /** Google Gemini generateContent. */
    GEMINI,
    /** Ollama's native /api/chat. */
    OLLAMA,
    /** A recorded transcript played back; no network. */
    REPLAY
}
