package dev.gooseci.bench;

import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.StopReason;
import java.util.ArrayList;
import java.util.List;

/** Marks when each turn starts and when the run stops, to time turns one by one. */
final class TurnClock implements AgentListener {
    private final List<Long> marks = new ArrayList<>();

    @Override
    public void onTurn(int turn) {
        marks.add(System.nanoTime());
    }

    @Override
    public void onStop(StopReason reason) {
        marks.add(System.nanoTime());
    }

    /** Each turn's wall time less the server's time answering it, in milliseconds. */
    List<Double> millisPerTurn(List<Long> serverNanos) {
        List<Double> turns = new ArrayList<>();
        for (int i = 0; i + 1 < marks.size(); i++) {
            long server = i < serverNanos.size() ? serverNanos.get(i) : 0;
            turns.add((marks.get(i + 1) - marks.get(i) - server) / 1e6);
        }
        return turns;
    }
}
