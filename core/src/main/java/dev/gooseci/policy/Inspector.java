package dev.gooseci.policy;

/**
 * A security check that runs after the permission decision, for example on a shell command or on the path a tool
 * will write. Inspectors can only tighten: {@link PermissionPolicy} keeps the stricter of the current decision and
 * what the inspector returns, so an inspector returning {@link Allow} for a denied call changes nothing.
 */
@FunctionalInterface
public interface Inspector {

    /**
     * Judges {@code use}. Return {@link Decision#allow()} for "no objection", or a {@link Deny} / {@link Ask} with a
     * reason the model can act on. Must be a pure function of its arguments and must not throw for bad arguments: a
     * malformed call is a {@link Deny}.
     *
     * @param current the decision so far, for inspectors whose advice depends on it
     */
    Decision inspect(ToolUse use, Decision current);
}
