package dev.gooseci.policy;

/** The kinds of prompt injection {@link InjectionDetector} reports. */
public enum InjectionKind {
    /** "ignore all previous instructions" and the like. */
    IGNORE_INSTRUCTIONS,
    /** "you are now ...", "from now on you ...", "pretend you are ...". */
    ROLE_CHANGE,
    /** Asking for, or overriding, the system prompt. */
    SYSTEM_PROMPT,
    /** Chat-template markers such as {@code <|im_start|>}, {@code </system>}, {@code [INST]}. */
    ROLE_MARKER,
    /** Text shaped like a tool call, hoping the model or a parser takes it as one. */
    FAKE_TOOL_CALL,
    /** Telling the agent to leak, post or send secrets, or to exfiltrate data. */
    EXFILTRATION,
    /** Telling the agent to approve or pass the change, or to hide findings. */
    APPROVAL,
    /** Zero-width characters, bidi overrides and Unicode tag characters. */
    HIDDEN_UNICODE,
    /** A base64 blob that decodes to one of the above. */
    ENCODED
}
