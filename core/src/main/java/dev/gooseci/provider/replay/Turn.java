package dev.gooseci.provider.replay;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.ProviderException;

/**
 * One recorded exchange: what was asked and what came back, a response or an error.
 *
 * @param number the turn's number, counted from 1
 * @param request the canonical recorded request, holding only the fields to compare; empty matches anything
 * @param response the reply, or null when the turn recorded an error
 * @param error the failure, or null when the turn recorded a reply
 */
record Turn(int number, ObjectNode request, ChatResponse response, RecordedError error) {
    Turn {
        requireNonNull(request, "request");
        if ((response == null) == (error == null)) {
            throw new IllegalArgumentException("a turn records either a response or an error");
        }
    }

    /** The recorded reply, or the recorded failure thrown as its typed exception. */
    ChatResponse play() {
        if (error != null) {
            throw error.toException();
        }
        return response;
    }

    /** The transcript line of a turn that answered. */
    static String line(int number, ChatRequest request, ChatResponse response) {
        ObjectNode node = start(number, request);
        node.set("response", TranscriptCodec.encodeResponse(response));
        return Json.write(node);
    }

    /** The transcript line of a turn that failed. */
    static String line(int number, ChatRequest request, ProviderException failure) {
        ObjectNode node = start(number, request);
        node.set("error", RecordedError.of(failure).encode());
        return Json.write(node);
    }

    private static ObjectNode start(int number, ChatRequest request) {
        ObjectNode node = Json.object();
        node.put("turn", number);
        node.set("request", TranscriptCodec.encodeRequest(request));
        return node;
    }
}
