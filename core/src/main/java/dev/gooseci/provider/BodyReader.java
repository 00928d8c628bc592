package dev.gooseci.provider;

import java.io.IOException;
import okhttp3.Response;

/** Reads a successful reply's body into a value: a whole JSON document, or a stream of events. */
@FunctionalInterface
public interface BodyReader<T> {

    /** Reads {@code response}, whose status was 2xx. The caller closes it. */
    T read(Response response) throws IOException;

    /**
     * Whether the exchange may be sent again after this reader failed. A streaming reader answers {@code false} once
     * it has passed a delta to the listener, because the caller has already shown it.
     */
    default boolean restartable() {
        return true;
    }
}
