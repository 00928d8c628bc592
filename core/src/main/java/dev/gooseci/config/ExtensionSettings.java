package dev.gooseci.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One MCP server from {@code extensions.<name>}, as configured; the tool package turns it into a running extension.
 *
 * @param stdio whether the server is a command to start ({@code type: stdio}) rather than a URL
 *     ({@code type: streamable_http}); without a type, {@code cmd} makes it stdio and {@code uri} HTTP
 * @param command {@code cmd}, for stdio
 * @param args {@code args}, for stdio
 * @param env {@code env.<VAR>}: variables the server gets on top of the run's filtered environment
 * @param uri {@code uri}, for streamable HTTP
 * @param headers {@code headers.<Name>}, for streamable HTTP
 * @param timeout {@code timeout}: start-up and each call; empty for the tool package's default
 * @param availableTools {@code available_tools}: the server's tools to offer; empty offers all
 * @param enabled {@code enabled}, default true
 */
public record ExtensionSettings(
        boolean stdio,
        Optional<String> command,
        List<String> args,
        Map<String, String> env,
        Optional<String> uri,
        Map<String, String> headers,
        Optional<Duration> timeout,
        List<String> availableTools,
        boolean enabled) {
    public ExtensionSettings {
        requireNonNull(command, "command");
        args = List.copyOf(args);
        env = Map.copyOf(env);
        requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        requireNonNull(timeout, "timeout");
        availableTools = List.copyOf(availableTools);
        if (stdio ? command.isEmpty() : uri.isEmpty()) {
            throw new IllegalArgumentException(
                    stdio ? "a stdio extension needs 'cmd'" : "a streamable_http extension needs 'uri'");
        }
    }
}
