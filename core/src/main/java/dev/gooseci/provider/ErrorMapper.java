package dev.gooseci.provider;

import okhttp3.Headers;

/**
 * Turns a vendor's failed HTTP reply into a typed exception. Each wire format has exactly one, tested as a table of
 * status, headers and body.
 */
@FunctionalInterface
public interface ErrorMapper {

    ProviderException map(int status, Headers headers, String body);
}
