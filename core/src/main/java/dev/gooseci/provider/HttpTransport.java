package dev.gooseci.provider;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends provider requests over OkHttp with timeouts and retries, and turns every failure into a typed
 * {@link ProviderException}: non-2xx replies through the vendor's {@link ErrorMapper}, I/O failures as
 * {@link NetworkException}.
 */
public final class HttpTransport {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;
    private final RetryPolicy retry;

    public HttpTransport(OkHttpClient client, RetryPolicy retry) {
        this.client = requireNonNull(client, "client");
        this.retry = requireNonNull(retry, "retry");
    }

    public static HttpTransport create(HttpTimeouts timeouts, RetryPolicy retry) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false)
                .build();
        return new HttpTransport(client, retry);
    }

    public RetryPolicy retry() {
        return retry;
    }

    /** POSTs {@code body} as JSON and parses the reply as one JSON document. */
    public JsonNode postJson(Request.Builder request, JsonNode body, ErrorMapper errors) {
        return post(
                request, body, errors, response -> Json.parse(response.body().string(), "the provider's reply"));
    }

    /**
     * POSTs {@code body} as JSON and hands the successful reply to {@code reader}, retrying per the policy. The
     * reader is asked whether a failure inside it may be retried (see {@link BodyReader#restartable()}).
     */
    public <T> T post(Request.Builder request, JsonNode body, ErrorMapper errors, BodyReader<T> reader) {
        Request built = request.post(RequestBody.create(Json.write(body), JSON)).build();
        try {
            return retry.execute(attempt -> once(built, errors, reader));
        } catch (NotRestartable e) {
            throw e.failure;
        }
    }

    private <T> T once(Request request, ErrorMapper errors, BodyReader<T> reader) {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw errors.map(
                        response.code(), response.headers(), response.body().string());
            }
            try {
                return reader.read(response);
            } catch (IOException e) {
                if (reader.restartable()) {
                    throw network(request, e, "");
                }
                throw new NotRestartable(network(request, e, " (after part of the reply was streamed)"));
            } catch (ProviderException e) {
                if (!reader.restartable()) {
                    throw new NotRestartable(e);
                }
                throw e;
            }
        } catch (IOException e) {
            throw network(request, e, "");
        }
    }

    private static ProviderException network(Request request, IOException e, String suffix) {
        String what = e instanceof InterruptedIOException ? "timed out" : "failed";
        return new NetworkException(
                "request to " + request.url().host() + request.url().encodedPath() + " " + what + ": " + e.getMessage()
                        + suffix,
                e);
    }

    /**
     * Carries a failure past the retry policy untouched: part of the reply already reached the caller, so the
     * exchange must not be sent again, but the failure keeps its type (overloaded, network) for the caller.
     */
    private static final class NotRestartable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ProviderException failure;

        NotRestartable(ProviderException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }
}
