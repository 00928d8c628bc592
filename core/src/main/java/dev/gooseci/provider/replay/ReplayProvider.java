package dev.gooseci.provider.replay;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.StreamListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Plays a recorded transcript instead of calling a model, so that tests, bug reports and demos run the agent
 * deterministically and offline.
 *
 * <p>Each call takes the next turn in order. The request is first compared with the recorded one: only the top-level
 * fields the recording has are compared, each exactly, and a turn without a request matches anything. On a match the
 * recorded response is returned, or the recorded error thrown as its typed {@link dev.gooseci.provider.ProviderException};
 * otherwise a {@link ReplayMismatchException} names the first differing field. Calls are served one at a time, in
 * order, under a lock; a mismatch does not consume the turn.
 */
public final class ReplayProvider implements ChatProvider {
    private final Transcript transcript;
    private final Object lock = new Object();
    private int next;

    private ReplayProvider(Transcript transcript) {
        this.transcript = requireNonNull(transcript, "transcript");
    }

    /**
     * Reads a transcript file (JSON Lines, UTF-8).
     *
     * @throws TranscriptFormatException if a line cannot be read; the message names the line and field
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ReplayProvider fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the replay transcript " + file + " (" + e + "); pass the path of a .jsonl file written"
                            + " by RecordingProvider or by hand (see docs/transcripts.md)",
                    e);
        }
        return new ReplayProvider(Transcript.parse(file.toString(), lines));
    }

    /** Reads a transcript given as its lines, for tests that keep it inline. */
    public static ReplayProvider fromLines(List<String> lines) {
        return new ReplayProvider(Transcript.parse("inline transcript", lines));
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        return take(request).play();
    }

    /** Replays the recorded reply as deltas (see {@link StreamReplay}) and returns it; a recorded error is thrown first. */
    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        requireNonNull(listener, "listener");
        ChatResponse response = take(request).play();
        StreamReplay.play(response, listener);
        return response;
    }

    /**
     * The model the run was recorded with: the first recorded request's {@code model}, else the header's. A replayed
     * run uses it unless told otherwise, so that a recording matches without repeating {@code --model}.
     */
    public Optional<String> recordedModel() {
        Optional<String> fromRequest = transcript.turns().stream()
                .findFirst()
                .map(turn -> turn.request().path("model").asText(""))
                .filter(model -> !model.isBlank());
        return fromRequest.or(
                () -> transcript.header().map(TranscriptHeader::model).filter(model -> !model.isBlank()));
    }

    /** How many turns have not been played yet; a test asserts 0 to check a run used the whole transcript. */
    public int remaining() {
        synchronized (lock) {
            return transcript.turns().size() - next;
        }
    }

    private Turn take(ChatRequest request) {
        requireNonNull(request, "request");
        synchronized (lock) {
            int size = transcript.turns().size();
            if (next >= size) {
                throw new ReplayMismatchException(
                        transcript.source() + ": the transcript has " + size + (size == 1 ? " turn" : " turns")
                                + "; the agent asked for a " + Values.ordinal(size + 1)
                                + "; the run made more calls than were recorded: record it again, or add a turn.",
                        size + 1,
                        "");
            }
            Turn turn = transcript.turns().get(next);
            RequestMatcher.firstDifference(turn.request(), request).ifPresent(difference -> {
                throw new ReplayMismatchException(
                        transcript.source() + ", turn " + turn.number() + ": " + difference.describe()
                                + "; the agent sent a different request than the one recorded: record the run again,"
                                + " or edit this turn's request (a field left out is not compared).",
                        turn.number(),
                        difference.path());
            });
            next++;
            return turn;
        }
    }
}
