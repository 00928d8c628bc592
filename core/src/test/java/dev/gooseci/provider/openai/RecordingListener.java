package dev.gooseci.provider.openai;

import dev.gooseci.provider.StreamListener;
import java.util.ArrayList;
import java.util.List;

/** Writes down every delta it is given, one line each, so that tests can compare what was streamed. */
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
