package dev.gooseci.provider;

import java.util.ArrayList;
import java.util.List;

/** Writes each listener call as one line, so that a test can compare the whole streamed sequence. */
public final class RecordingListener implements StreamListener {
    public final List<String> events = new ArrayList<>();

    @Override
    public void onText(String delta) {
        events.add("text:" + delta);
    }

    @Override
    public void onThinking(String delta) {
        events.add("thinking:" + delta);
    }

    @Override
    public void onToolCall(int index, String id, String name, String argumentsDelta) {
        events.add("tool:" + index + ":" + id + ":" + name + ":" + argumentsDelta);
    }
}
