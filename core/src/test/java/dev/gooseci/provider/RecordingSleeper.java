package dev.gooseci.provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records the waits instead of sleeping. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }
}
