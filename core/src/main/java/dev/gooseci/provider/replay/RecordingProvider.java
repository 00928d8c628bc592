package dev.gooseci.provider.replay;

import static java.util.Objects.requireNonNull;

import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.Json;
import dev.gooseci.provider.MalformedResponseException;
import dev.gooseci.provider.ProviderException;
import dev.gooseci.provider.StreamListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * Wraps a provider and writes each exchange to a transcript that {@link ReplayProvider} can play back, for bug
 * reports and for turning a real run into a test.
 *
 * <p>The file is created, or emptied, on the first call; it starts with a header line, and each exchange is
 * appended and flushed as soon as it completes, so a run that crashes still leaves every finished turn. A thrown
 * {@link ProviderException} is recorded as an error turn and then rethrown unchanged; a streamed call passes its
 * deltas through and is recorded as its completed response. Turns are numbered in the order calls complete, under a
 * lock, so a run that calls concurrently replays only if it issues its calls in the same order.
 *
 * <p>Transcripts leave the process, so every line, header included, passes through the redactor before it is
 * written: pass one that masks the run's keys and tokens.
 */
public final class RecordingProvider implements ChatProvider {
    private final ChatProvider delegate;
    private final Path file;
    private final UnaryOperator<String> redactor;
    private final Clock clock;
    private final Object lock = new Object();
    private int turns;

    /** Records without redaction; only for transcripts that cannot contain secrets. */
    public RecordingProvider(ChatProvider delegate, Path file) {
        this(delegate, file, UnaryOperator.identity());
    }

    public RecordingProvider(ChatProvider delegate, Path file, UnaryOperator<String> redactor) {
        this(delegate, file, redactor, Clock.systemUTC());
    }

    RecordingProvider(ChatProvider delegate, Path file, UnaryOperator<String> redactor, Clock clock) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.file = requireNonNull(file, "file");
        this.redactor = requireNonNull(redactor, "redactor");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The wrapped provider's name: recording is invisible to the caller. */
    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        ChatResponse response;
        try {
            response = delegate.complete(request);
        } catch (ProviderException failure) {
            throw recordFailure(request, failure);
        }
        record(request, response);
        return response;
    }

    @Override
    public ChatResponse stream(ChatRequest request, StreamListener listener) {
        ChatResponse response;
        try {
            response = delegate.stream(request, listener);
        } catch (ProviderException failure) {
            throw recordFailure(request, failure);
        }
        record(request, response);
        return response;
    }

    private void record(ChatRequest request, ChatResponse response) {
        synchronized (lock) {
            write(request, Turn.line(turns + 1, request, response));
        }
    }

    private ProviderException recordFailure(ChatRequest request, ProviderException failure) {
        try {
            synchronized (lock) {
                write(request, Turn.line(turns + 1, request, failure));
            }
        } catch (RuntimeException notWritten) {
            failure.addSuppressed(notWritten);
        }
        return failure;
    }

    /** Writes one turn line, and the header before the first; called under the lock. */
    private void write(ChatRequest request, String turnLine) {
        StringBuilder text = new StringBuilder();
        if (turns == 0) {
            text.append(redact(
                    TranscriptHeader.of(delegate.name(), request.model(), clock.instant())
                            .line(),
                    0));
            text.append('\n');
        }
        text.append(redact(turnLine, turns + 1)).append('\n');
        StandardOpenOption mode = turns == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
        try {
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the transcript " + file + " (" + e + "); check that its directory exists and is"
                            + " writable",
                    e);
        }
        turns++;
    }

    private String redact(String line, int turn) {
        String redacted = requireNonNull(redactor.apply(line), "the redactor returned null");
        try {
            Json.parse(redacted, "the redacted line");
        } catch (MalformedResponseException broken) {
            throw new IllegalStateException(
                    "the transcript redactor broke the JSON of " + (turn == 0 ? "the header" : "turn " + turn)
                            + ": replace secrets with plain text that needs no JSON escaping, such as ****",
                    broken);
        }
        return redacted;
    }
}
