package dev.gooseci.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.provider.BadRequestException;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds one reply from {@code GenerateContentResponse} chunks: the whole body of a blocking call, or each event of a
 * stream, so that both paths give the same {@link ChatResponse}. Deltas go to the listener as they are read.
 */
final class GeminiReply {
    private static final Pattern GENERATED_ID = Pattern.compile("call_\\d+");
    private static final Set<String> FILTERED =
            Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

    private final int firstCallNumber;
    private final StreamListener listener;
    private final List<Content> content = new ArrayList<>();
    private int calls;
    private boolean emitted;
    private boolean sawCandidate;
    private String finishReason;
    private String model;
    private Usage usage = Usage.ZERO;

    /**
     * @param firstCallNumber the number for the first generated call id, so that ids stay unique in the conversation
     * @param model the requested model, used when the reply does not name one
     */
    GeminiReply(int firstCallNumber, String model, StreamListener listener) {
        this.firstCallNumber = firstCallNumber;
        this.model = model;
        this.listener = listener;
    }

    /** Whether {@code id} was made up here for a call Gemini sent without one; such ids are not sent back. */
    static boolean isGeneratedId(String id) {
        return GENERATED_ID.matcher(id).matches();
    }

    /** Whether a delta has reached the listener, after which the exchange may not be sent again. */
    boolean emitted() {
        return emitted;
    }

    void accept(JsonNode chunk) {
        model = Json.text(chunk, "modelVersion", model);
        if (chunk.has("usageMetadata")) {
            usage = usage(chunk.get("usageMetadata"));
        }
        JsonNode candidate = chunk.path("candidates").path(0);
        if (candidate.isMissingNode()) {
            String blocked = chunk.path("promptFeedback").path("blockReason").asText("");
            if (!blocked.isEmpty()) {
                throw new BadRequestException(
                        "Gemini blocked the prompt (blockReason " + blocked
                                + "); the conversation tripped its safety filter, so rephrase the task or the"
                                + " material sent with it",
                        200);
            }
            return;
        }
        sawCandidate = true;
        for (JsonNode part : candidate.path("content").path("parts")) {
            part(part);
        }
        finishReason = Json.text(candidate, "finishReason", finishReason);
    }

    private void part(JsonNode part) {
        String signature = Json.text(part, "thoughtSignature", "");
        if (part.path("thought").asBoolean(false)) {
            String text = Json.text(part, "text", "");
            emitted = true;
            listener.onThinking(text);
            int last = content.size() - 1;
            if (last >= 0
                    && content.get(last) instanceof Thinking before
                    && before.signature().isEmpty()) {
                content.set(last, Thinking.of(before.text() + text, signature));
            } else {
                content.add(Thinking.of(text, signature));
            }
            return;
        }
        if (!signature.isEmpty()) {
            content.add(Thinking.of("", signature));
        }
        if (part.has("functionCall")) {
            JsonNode call = part.get("functionCall");
            int index = calls++;
            String id = Json.text(call, "id", "");
            id = id.isBlank() ? "call_" + (firstCallNumber + index) : id;
            String name = Json.text(call, "name", "");
            String arguments = Json.write(call.has("args") ? call.get("args") : Json.object());
            emitted = true;
            listener.onToolCall(index, id, name, arguments);
            content.add(new ToolRequest(id, name, arguments));
        } else if (part.has("text") && !part.get("text").asText().isEmpty()) {
            String text = part.get("text").asText();
            emitted = true;
            listener.onText(text);
            int last = content.size() - 1;
            if (last >= 0 && content.get(last) instanceof Text before) {
                content.set(last, new Text(before.text() + text));
            } else {
                content.add(new Text(text));
            }
        }
    }

    /** The reply so far; fails when no candidate or no finish reason arrived (a truncated stream). */
    ChatResponse finish() {
        if (!sawCandidate || finishReason == null) {
            throw new MalformedResponseException(
                    "Gemini's reply ended without "
                            + (sawCandidate ? "a finishReason" : "any candidate")
                            + "; the stream was cut off, or a proxy between us and "
                            + "generativelanguage.googleapis.com changed the body",
                    null);
        }
        return new ChatResponse(Message.assistant(content), usage, finishReason(), model);
    }

    private FinishReason finishReason() {
        if ("STOP".equals(finishReason)) {
            return calls > 0 ? FinishReason.TOOL_USE : FinishReason.STOP;
        }
        if ("MAX_TOKENS".equals(finishReason)) {
            return FinishReason.MAX_TOKENS;
        }
        return FILTERED.contains(finishReason) ? FinishReason.CONTENT_FILTER : FinishReason.OTHER;
    }

    /** Gemini's prompt count includes cached tokens and its thoughts are billed as output; see {@link Usage}. */
    private static Usage usage(JsonNode metadata) {
        long prompt = metadata.path("promptTokenCount").asLong()
                + metadata.path("toolUsePromptTokenCount").asLong();
        long cached = metadata.path("cachedContentTokenCount").asLong();
        long output = metadata.path("candidatesTokenCount").asLong()
                + metadata.path("thoughtsTokenCount").asLong();
        return new Usage(Math.max(0, prompt - cached), output, cached, 0);
    }
}
