package dev.gooseci.provider.ollama;

import dev.gooseci.provider.StreamListener;
import java.util.ArrayList;
import java.util.List;

/** Writes each listener call as one line, so that a test can compare the whole sequence. */
final class RecordingListener implements StreamListener {
    final List<String> events = new ArrayList<>();

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
