package dev.gooseci.tool.developer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Tells text from binary the way git does (NUL bytes, here also invalid UTF-8, in the first 8 KiB) and reads text. */
final class TextFiles {
    static final int SNIFF_BYTES = 8192;

    private TextFiles() {}

    /** Why {@code file} is not text, or empty if it is (judged by its first 8 KiB). */
    static Optional<String> binaryReason(Path file) throws IOException {
        byte[] head;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
            whole = in.read() < 0;
        }
        return binaryReason(head, whole);
    }

    /** @param whole whether {@code head} is the whole file, so that a sequence cut at its end counts as invalid */
    static Optional<String> binaryReason(byte[] head, boolean whole) {
        for (byte b : head) {
            if (b == 0) {
                return Optional.of("it contains NUL bytes");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        if (decoder.decode(ByteBuffer.wrap(head), out, whole).isError()
                || (whole && decoder.flush(out).isError())) {
            return Optional.of("it is not valid UTF-8");
        }
        return Optional.empty();
    }

    /** The whole file as strict UTF-8, for edits that write it back: invalid bytes would be lost. */
    static String readStrict(Path file, String shown) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> binary =
                binaryReason(bytes.length > SNIFF_BYTES ? head(bytes) : bytes, bytes.length <= SNIFF_BYTES);
        if (binary.isPresent()) {
            throw new ToolFailure(shown + " is not a text file: " + binary.get());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ToolFailure(shown + " is not valid UTF-8 throughout, so it cannot be edited as text");
        }
    }

    /** Bytes {@code text} takes in UTF-8, without encoding it. */
    static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isSurrogate(c)) {
                length += 2;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static byte[] head(byte[] bytes) {
        byte[] head = new byte[SNIFF_BYTES];
        System.arraycopy(bytes, 0, head, 0, SNIFF_BYTES);
        return head;
    }
}
