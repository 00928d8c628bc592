package dev.gooseci.agent;

import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stops a model that is going round in circles: the same tool with identical arguments {@code maxRepeats} times
 * in a row is denied, and a tool that returns the same error {@code maxIdenticalErrors} times in a row is denied
 * for the rest of the run. Not thread-safe: the loop calls it from one thread, in request order.
 */
final class RepetitionGuard {
    private final int maxRepeats;
    private final int maxIdenticalErrors;

    private String lastCall = "";
    private int repeats;
    private final Map<String, String> lastError = new HashMap<>();
    private final Map<String, Integer> errorRuns = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();

    RepetitionGuard(int maxRepeats, int maxIdenticalErrors) {
        if (maxRepeats < 1 || maxIdenticalErrors < 1) {
            throw new IllegalArgumentException("repetition limits must be at least 1");
        }
        this.maxRepeats = maxRepeats;
        this.maxIdenticalErrors = maxIdenticalErrors;
    }

    /** Records {@code request} and returns the reason to deny it, if it repeats too often. */
    Optional<String> check(ToolRequest request) {
        if (disabled.contains(request.name())) {
            return Optional.of(request.name() + " is disabled for the rest of this run: it returned the same error "
                    + maxIdenticalErrors + " times in a row. Use another approach.");
        }
        String call = request.name() + '\u0000' + request.arguments().strip();
        repeats = call.equals(lastCall) ? repeats + 1 : 1;
        lastCall = call;
        if (repeats >= maxRepeats) {
            return Optional.of("denied: " + request.name() + " was called with identical arguments " + repeats
                    + " times in a row. The result will not change; try something else.");
        }
        return Optional.empty();
    }

    /** Records the outcome of a call that ran, for the identical-error rule. */
    void record(ToolRequest request, ToolResponse response) {
        String tool = request.name();
        if (!response.isError()) {
            lastError.remove(tool);
            errorRuns.remove(tool);
            return;
        }
        int run = response.content().equals(lastError.get(tool)) ? errorRuns.getOrDefault(tool, 0) + 1 : 1;
        lastError.put(tool, response.content());
        errorRuns.put(tool, run);
        if (run >= maxIdenticalErrors) {
            disabled.add(tool);
        }
    }
}
