package dev.gooseci.conversation;

import static java.util.Objects.requireNonNull;

/**
 * The model's reasoning. Providers that sign it (Anthropic) require it back unchanged on the next turn, so the
 * signature, and the opaque data of a redacted block, are kept exactly as received.
 *
 * @param text the reasoning text, or the opaque data when {@code redacted}
 * @param signature the vendor's signature, empty when there is none
 * @param redacted whether the vendor sent the block encrypted
 */
public record Thinking(String text, String signature, boolean redacted) implements Content {
    public Thinking {
        requireNonNull(text, "text");
        requireNonNull(signature, "signature");
    }

    public static Thinking of(String text, String signature) {
        return new Thinking(text, signature, false);
    }

    public static Thinking redacted(String data) {
        return new Thinking(data, "", true);
    }
}
