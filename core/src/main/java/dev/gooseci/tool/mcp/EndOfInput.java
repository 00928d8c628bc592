package dev.gooseci.tool.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/**
 * Standard input that tells when it ends. The SDK's stdio server transport ends its session when the client closes
 * our standard input, but tells nobody; this is how {@code goose-ci mcp serve} knows that it may exit.
 */
final class EndOfInput extends FilterInputStream {
    private final CountDownLatch ended;

    EndOfInput(InputStream in, CountDownLatch ended) {
        super(in);
        this.ended = ended;
    }

    @Override
    public int read() throws IOException {
        return watch(() -> super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return watch(() -> super.read(buffer, offset, length));
    }

    private int watch(Read read) throws IOException {
        try {
            int result = read.run();
            if (result < 0) {
                ended.countDown();
            }
            return result;
        } catch (IOException e) {
            ended.countDown();
            throw e;
        }
    }

    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }
}
