package dev.gooseci.policy;

/** The tool call may run. */
public record Allow() implements Decision {
    static final Allow INSTANCE = new Allow();

    @Override
    public String reason() {
        return "";
    }
}
