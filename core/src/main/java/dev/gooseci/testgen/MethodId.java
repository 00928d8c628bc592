package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

/** One candidate test method: its class, fully qualified, and its name. */
public record MethodId(String className, String method) {
    public MethodId {
        requireNonNull(className, "className");
        requireNonNull(method, "method");
    }

    @Override
    public String toString() {
        return className + "#" + method;
    }
}
