package dev.gooseci.provider.replay;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed transcript. Everything is checked when it is read, so that a broken hand-written file fails at once with
 * its line number rather than halfway through a run.
 *
 * @param source how errors name the transcript, usually its path
 * @param header the first line's metadata, when the file has one
 * @param turns the exchanges, numbered 1, 2, 3… in order
 */
record Transcript(String source, Optional<TranscriptHeader> header, List<Turn> turns) {
    private static final Set<String> TURN_FIELDS = Set.of("turn", "request", "response", "error");

    Transcript {
        requireNonNull(source, "source");
        requireNonNull(header, "header");
        turns = List.copyOf(turns);
    }

    static Transcript parse(String source, List<String> lines) {
        TranscriptHeader header = null;
        List<Turn> turns = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = source + ", line " + (i + 1) + ": ";
            try {
                ObjectNode node = JsonFields.object(parseLine(line), "");
                if (node.has(TranscriptHeader.VERSION_FIELD)) {
                    if (!first) {
                        throw JsonFields.error("", "a header line may only be the first line of a transcript");
                    }
                    header = TranscriptHeader.decode(node);
                } else {
                    turns.add(turn(node, turns.size() + 1));
                }
            } catch (TranscriptFormatException e) {
                throw new TranscriptFormatException(where + e.getMessage());
            }
            first = false;
        }
        return new Transcript(source, Optional.ofNullable(header), turns);
    }

    private static JsonNode parseLine(String line) {
        try {
            return Json.parse(line, "the line");
        } catch (MalformedResponseException e) {
            throw JsonFields.error("", e.getMessage() + "; each line must be one whole JSON object");
        }
    }

    private static Turn turn(ObjectNode node, int expected) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TURN_FIELDS.contains(name)) {
                throw JsonFields.error(name, "unknown field; a turn line has turn, request, and response or error");
            }
        }
        long number = JsonFields.count(node, "turn", -1, "");
        if (number != expected) {
            throw JsonFields.error(
                    "turn",
                    number < 0
                            ? "required turn number is missing; expected " + expected
                            : "expected turn " + expected + ", found " + number + "; number turns 1, 2, 3… in order");
        }
        ObjectNode request =
                node.has("request") ? RequestMatcher.canonical(node.get("request"), "request") : Json.object();
        boolean hasResponse = JsonFields.has(node, "response");
        boolean hasError = JsonFields.has(node, "error");
        if (hasResponse == hasError) {
            throw JsonFields.error("", "turn " + expected + " needs exactly one of \"response\" and \"error\"");
        }
        if (hasResponse) {
            ChatResponse response = TranscriptCodec.decodeResponse(node.get("response"), "response");
            return new Turn(expected, request, response, null);
        }
        return new Turn(expected, request, null, RecordedError.decode(node.get("error"), "error"));
    }
}
