package dev.gooseci.provider;

import java.io.IOException;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/** Reads a server-sent-event stream synchronously, on the calling thread, with OkHttp's SSE parser. */
public final class Sse {
    private Sse() {}

    /** Receives one event; it may throw {@link ProviderException} to end the stream with that error. */
    @FunctionalInterface
    public interface Handler {
        void onEvent(String type, String data);
    }

    /**
     * Reads every event of {@code response} into {@code handler}. An event with no {@code event:} line has the type
     * {@code message}, as the SSE specification says.
     */
    public static void read(Response response, Handler handler) throws IOException {
        Throwable[] failure = new Throwable[1];
        EventSources.processResponse(response, new EventSourceListener() {
            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
                handler.onEvent(type == null ? "message" : type, data);
            }

            @Override
            public void onFailure(EventSource source, Throwable t, Response failed) {
                failure[0] = t == null ? new IOException("the event stream was rejected: " + describe(failed)) : t;
            }
        });
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] != null) {
            throw new IOException(failure[0]);
        }
    }

    private static String describe(Response response) {
        return response == null ? "no response" : "content type " + response.header("Content-Type");
    }
}
