/**
 * Ollama's native chat API ({@code /api/chat}), the offline default: no key, a local server, NDJSON streaming. The
 * mapper turns our tool responses into {@code tool} messages named after their request, since Ollama has no call ids.
 */
package dev.gooseci.provider.ollama;
