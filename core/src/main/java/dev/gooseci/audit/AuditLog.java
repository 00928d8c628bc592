package dev.gooseci.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A JSON Lines audit log of one run (schema in {@code docs/audit.md}). Every line is one event with a sequence number
 * and a time. Before a line is written, every text value in it passes through the redactor: redacting values rather
 * than the finished line keeps the JSON intact, since a pattern can never match across a quote or an escape.
 * Thread-safe: lines from several threads never interleave. Each line is flushed as it is written, so a run that is
 * killed keeps its log up to the last event.
 */
public final class AuditLog implements Closeable {
    /** Longer tool results are cut in the log (the transcript keeps them whole). */
    static final int MAX_RESULT = 4_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final UnaryOperator<String> redactor;
    private final Clock clock;
    private long sequence;

    /**
     * @param out where the lines go; closed with the log
     * @param redactor masks secrets in every text value (pass {@code SecretRedactor::redact})
     * @param clock the time of each event
     */
    public AuditLog(Writer out, UnaryOperator<String> redactor, Clock clock) {
        this.out = requireNonNull(out, "out");
        this.redactor = requireNonNull(redactor, "redactor");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A log appending to {@code file} (created, with its directories, when missing). */
    public static AuditLog open(Path file, UnaryOperator<String> redactor) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Writer writer = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new AuditLog(writer, redactor, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the audit log cannot be opened (" + e + ")", e);
        }
    }

    /** The model answered turn {@code turn}. */
    public void turn(int turn, String model, String finishReason, long inputTokens, long outputTokens, int toolCalls) {
        ObjectNode event = event("turn");
        event.put("turn", turn);
        event.put("model", model);
        event.put("finish_reason", finishReason);
        event.put("input_tokens", inputTokens);
        event.put("output_tokens", outputTokens);
        event.put("tool_calls", toolCalls);
        write(event);
    }

    /** The policy allowed or denied a tool call; {@code reason} is empty for an allowed one. */
    public void decision(String callId, String tool, boolean allowed, String reason) {
        ObjectNode event = event("decision");
        event.put("call_id", callId);
        event.put("tool", tool);
        event.put("decision", allowed ? "allow" : "deny");
        event.put("reason", reason);
        write(event);
    }

    /** A tool call ended (or was answered with a denial); {@code arguments} is the model's JSON text. */
    public void toolCall(String callId, String tool, String arguments, boolean error, String result) {
        ObjectNode event = event("tool_call");
        event.put("call_id", callId);
        event.put("tool", tool);
        event.set("arguments", arguments(arguments));
        event.put("error", error);
        event.put("result_chars", result.length());
        // Redacted before it is cut, so that a cut cannot leave part of a secret too short to be recognised.
        String redacted = redactor.apply(result);
        event.put(
                "result",
                redacted.length() <= MAX_RESULT
                        ? redacted
                        : redacted.substring(0, MAX_RESULT) + "…[" + (redacted.length() - MAX_RESULT) + " more]");
        write(event);
    }

    /** The run stopped; {@code reason} is a short code such as {@code completed} or {@code max_turns}. */
    public void stop(String reason, String detail) {
        ObjectNode event = event("stop");
        event.put("reason", reason);
        event.put("detail", detail);
        write(event);
    }

    /** A recipe check failed after attempt {@code attempt}, and the run goes again. */
    public void retry(int attempt, String check, int exitCode, String output) {
        ObjectNode event = event("retry");
        event.put("attempt", attempt);
        event.put("check", check);
        event.put("exit_code", exitCode);
        event.put("output", output);
        write(event);
    }

    /**
     * Untrusted input ({@code source}, such as {@code task-file}) holds a suspected prompt injection of {@code kind} at
     * {@code offset}. The run goes on; this records that it was warned.
     */
    public void injection(String source, String kind, String excerpt, int offset) {
        ObjectNode event = event("injection");
        event.put("source", source);
        event.put("kind", kind);
        event.put("excerpt", excerpt);
        event.put("offset", offset);
        write(event);
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit log cannot be closed (" + e + ")", e);
        }
    }

    private ObjectNode event(String kind) {
        ObjectNode event = JSON.createObjectNode();
        event.put("seq", 0);
        event.put("time", "");
        event.put("event", kind);
        return event;
    }

    private synchronized void write(ObjectNode event) {
        event.put("seq", ++sequence);
        event.put("time", clock.instant().toString());
        try {
            out.write(JSON.writeValueAsString(redact(event)));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit log cannot be written (" + e + ")", e);
        }
    }

    /** Arguments as JSON when they parse, so the log can be queried; as text otherwise. */
    private static JsonNode arguments(String arguments) {
        try {
            JsonNode node = JSON.readTree(arguments);
            return node == null ? TextNode.valueOf(arguments) : node;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(arguments);
        }
    }

    /** {@code node} with every text value, and every field name, passed through the redactor. */
    private JsonNode redact(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(redactor.apply(node.asText()));
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(item -> copy.add(redact(item)));
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                copy.set(redactor.apply(field.getKey()), redact(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}
