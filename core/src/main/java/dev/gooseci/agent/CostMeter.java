package dev.gooseci.agent;

import dev.gooseci.provider.Cost;
import dev.gooseci.provider.Usage;

/** Prices a run's usage, for the cost guard and the report. Hosts pass the price table for the run's model. */
@FunctionalInterface
public interface CostMeter {

    /** Knows no prices: every cost is unknown, never zero. */
    CostMeter UNKNOWN = usage -> Cost.UNKNOWN;

    Cost cost(Usage usage);
}
