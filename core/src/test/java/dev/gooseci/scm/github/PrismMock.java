package dev.gooseci.scm.github;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Stoplight Prism in mock mode on a free loopback port, serving an OpenAPI file. With {@code --errors}, a request
 * that breaks the description gets the 4xx it documents (422 for a bad body) instead of a made-up success.
 */
final class PrismMock implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private PrismMock(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PrismMock start(Path launcher, Path spec, Path log, Duration patience) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        launcher.toString(),
                        "mock",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(port),
                        "--errors",
                        spec.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The pinned node next to the launcher comes first, when it is installed.
        String path = launcher.getParent()
                + java.io.File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        builder.environment().put("PATH", path);
        PrismMock prism = new PrismMock(builder.start(), log, port);
        prism.awaitListening(patience);
        return prism;
    }

    private void awaitListening(Duration patience) throws IOException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prism exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("prism did not listen on port " + port + " within " + patience + ":\n" + log());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for prism", e);
        }
    }

    /** The API root, for {@code GITHUB_API_URL}. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** What Prism logged so far: each request and its validation verdict. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
