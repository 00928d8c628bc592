package dev.gooseci.provider;

/** Why the model stopped producing output, normalised over the vendors' names for it. */
public enum FinishReason {
    /** It finished its answer. */
    STOP,
    /** It asked for one or more tools. */
    TOOL_USE,
    /** It ran into the output token cap. */
    MAX_TOKENS,
    /** The vendor's safety filter cut it off. */
    CONTENT_FILTER,
    /** Anything the vendor reported that has no better name here. */
    OTHER
}
