package dev.gooseci.agent;

import dev.gooseci.tool.ToolSpec;
import java.util.Optional;

/**
 * A structured answer the run must end with: the model calls a tool named {@link #TOOL_NAME} whose parameters are
 * the answer's schema. The loop validates each attempt and returns the errors to the model, a bounded number of
 * times.
 */
public interface FinalOutput {

    String TOOL_NAME = "final_output";

    /** The spec of the {@code final_output} tool; its input schema is the answer's schema. */
    ToolSpec spec();

    /** The validation errors of {@code json}, or empty when it is a valid answer. */
    Optional<String> validate(String json);
}
