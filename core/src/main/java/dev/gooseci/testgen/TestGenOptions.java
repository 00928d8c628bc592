package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.CostMeter;

/**
 * The knobs of a test generation run.
 *
 * @param repairRounds how many times per target the agent may run its tests again after the first run (default 3)
 * @param stabilityRuns passing runs in a row a method needs, at least 3 (default 5)
 * @param mergeIntoExisting merge into {@code <Class>Test} when it exists, instead of {@code <Class>GooseTest}
 * @param seed the seed of the random method order run, printed in the report so that a failure can be replayed
 * @param agent the agent loop's guards for each target
 * @param costMeter prices the agent's usage for the report
 * @param baseCheck run the kept tests on the change's base commit too and label them ({@link BaseLabel}); on by
 *     default, because it is what tells a reviewer whether a test guards old behaviour or documents the change, and it
 *     costs one build set-up and one run per kept class, only when a test was kept and the change has a base
 */
public record TestGenOptions(
        int repairRounds,
        int stabilityRuns,
        boolean mergeIntoExisting,
        long seed,
        AgentConfig agent,
        CostMeter costMeter,
        boolean baseCheck) {
    public TestGenOptions {
        requireNonNull(agent, "agent");
        requireNonNull(costMeter, "costMeter");
        if (repairRounds < 0) {
            throw new IllegalArgumentException("repairRounds cannot be negative, was " + repairRounds);
        }
        if (stabilityRuns < 3) {
            throw new IllegalArgumentException(
                    "stabilityRuns must be at least 3 (alone, random order, whole class)," + " was " + stabilityRuns);
        }
    }

    public static TestGenOptions defaults() {
        return new TestGenOptions(
                3, 5, false, 20_241_122L, AgentConfig.defaults().withMaxTurns(30), CostMeter.UNKNOWN, true);
    }

    public TestGenOptions withStabilityRuns(int runs) {
        return new TestGenOptions(repairRounds, runs, mergeIntoExisting, seed, agent, costMeter, baseCheck);
    }

    public TestGenOptions withMergeIntoExisting(boolean merge) {
        return new TestGenOptions(repairRounds, stabilityRuns, merge, seed, agent, costMeter, baseCheck);
    }

    public TestGenOptions withAgent(AgentConfig config, CostMeter meter) {
        return new TestGenOptions(repairRounds, stabilityRuns, mergeIntoExisting, seed, config, meter, baseCheck);
    }

    /** With the base check on or off. */
    public TestGenOptions withBaseCheck(boolean check) {
        return new TestGenOptions(repairRounds, stabilityRuns, mergeIntoExisting, seed, agent, costMeter, check);
    }
}
