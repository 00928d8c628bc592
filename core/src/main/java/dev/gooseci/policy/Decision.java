package dev.gooseci.policy;

/**
 * The verdict on one tool call. {@link Deny} is stricter than {@link Ask}, which is stricter than {@link Allow}.
 * In CI no one can approve, so callers resolve every decision with {@link #nonInteractive()} before acting.
 */
public sealed interface Decision permits Allow, Ask, Deny {

    static Decision allow() {
        return Allow.INSTANCE;
    }

    static Decision deny(String reason) {
        return new Deny(reason);
    }

    static Decision ask(String reason) {
        return new Ask(reason);
    }

    default boolean isAllowed() {
        return this instanceof Allow;
    }

    /** The reason for an {@link Ask} or {@link Deny}; empty text for {@link Allow}. */
    String reason();

    /**
     * Resolves the decision for a run with no human: {@link Ask} becomes {@link Deny} with the same reason, marked so
     * that the model (and the log) can tell why it was not asked.
     */
    default Decision nonInteractive() {
        if (this instanceof Ask ask) {
            return new Deny(ask.reason() + " (no one can approve in CI)");
        }
        return this;
    }

    /** 0 for allow, 1 for ask, 2 for deny. */
    default int strictness() {
        if (this instanceof Allow) {
            return 0;
        }
        if (this instanceof Ask) {
            return 1;
        }
        if (this instanceof Deny) {
            return 2;
        }
        throw new AssertionError(this);
    }

    /**
     * The stricter of this and {@code other}; on a tie this one is kept, so the first reason given survives. This is
     * how inspectors are combined: they can tighten a decision and never loosen it.
     */
    default Decision tighten(Decision other) {
        return other.strictness() > strictness() ? other : this;
    }
}
