package dev.gooseci.agent;

import java.time.Duration;

/** Why a run ended. Only {@link Completed} is a success; every other reason still comes with the partial result. */
public sealed interface StopReason
        permits StopReason.Completed,
                StopReason.MaxTurns,
                StopReason.MaxTokens,
                StopReason.MaxCost,
                StopReason.Timeout,
                StopReason.Cancelled,
                StopReason.ProviderFailed,
                StopReason.FinalOutputInvalid {

    /** A sentence for logs and reports. */
    String describe();

    /** Whether a budget (turns, tokens, cost, time) or a cancellation ended the run early. */
    default boolean budgetStop() {
        return !(this instanceof Completed || this instanceof ProviderFailed || this instanceof FinalOutputInvalid);
    }

    /** The model finished: it stopped asking for tools, or returned a valid final output. */
    record Completed() implements StopReason {
        @Override
        public String describe() {
            return "completed";
        }
    }

    record MaxTurns(int turns) implements StopReason {
        @Override
        public String describe() {
            return "stopped after " + turns + " turns (max_turns); raise limits.max_turns or GOOSE_MAX_TURNS";
        }
    }

    record MaxTokens(long used, long limit) implements StopReason {
        @Override
        public String describe() {
            return "stopped at " + used + " tokens, over the limit of " + limit + " (limits.max_tokens)";
        }
    }

    record MaxCost(String spent, String limit) implements StopReason {
        @Override
        public String describe() {
            return "stopped at " + spent + ", over the cost limit of " + limit + " (limits.max_cost_usd)";
        }
    }

    record Timeout(Duration limit) implements StopReason {
        @Override
        public String describe() {
            return "stopped at the time limit of " + limit.toSeconds() + " s (limits.timeout)";
        }
    }

    record Cancelled() implements StopReason {
        @Override
        public String describe() {
            return "cancelled";
        }
    }

    /** The provider failed for good (after its retries). */
    record ProviderFailed(String message, boolean authentication) implements StopReason {
        @Override
        public String describe() {
            return "the model call failed: " + message;
        }
    }

    /** The model did not return a valid final output within the allowed retries. */
    record FinalOutputInvalid(int attempts, String lastError) implements StopReason {
        @Override
        public String describe() {
            return "no valid final output after " + attempts + " attempts; last error: " + lastError;
        }
    }
}
