package dev.gooseci.review;

import static java.util.Objects.requireNonNull;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.AgentListener;
import dev.gooseci.agent.AgentLoop;
import dev.gooseci.agent.AgentResult;
import dev.gooseci.agent.ToolGate;
import dev.gooseci.conversation.Conversation;
import dev.gooseci.conversation.Message;
import dev.gooseci.diff.FilePart;
import dev.gooseci.diff.ReviewUnit;
import dev.gooseci.diff.UnitRenderer;
import dev.gooseci.policy.Fence;
import dev.gooseci.policy.InjectionDetector;
import dev.gooseci.policy.InjectionFinding;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.report.ReviewNote;
import dev.gooseci.tool.Toolbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reviews one unit with its own agent loop: the rubric, hints and matching checks as the system prompt, the diff
 * fenced as data, read-only tools, and the findings schema as the final output. Before the diff goes out it is scanned
 * for prompt injection, file by file, and what is found becomes a note in the report; the diff is still reviewed,
 * fenced, because a change that tries to steer the reviewer is itself worth a reviewer's eyes.
 */
final class UnitReviewer {
    private final ChatProvider provider;
    private final String model;
    private final Toolbox toolbox;
    private final ToolGate gate;
    private final InjectionDetector detector = new InjectionDetector();
    private final Fence fence = new Fence();

    UnitReviewer(ChatProvider provider, String model, Toolbox toolbox, ToolGate gate) {
        this.provider = requireNonNull(provider, "provider");
        this.model = requireNonNull(model, "model");
        this.toolbox = requireNonNull(toolbox, "toolbox");
        this.gate = requireNonNull(gate, "gate");
    }

    UnitOutcome review(ReviewUnit unit, int units, String system, AgentConfig config) {
        List<ReviewNote> injections = scan(unit);
        AgentLoop loop = new AgentLoop(provider, toolbox, gate, config, AgentListener.NONE);
        AgentResult result =
                loop.run(model, system, Conversation.of(Message.user(ReviewPrompt.user(unit, units, fence))));
        return UnitOutcome.of(unit, result, injections);
    }

    /** One note per file part whose diff holds suspected injections, naming the kinds and the first excerpt. */
    List<ReviewNote> scan(ReviewUnit unit) {
        List<ReviewNote> notes = new ArrayList<>();
        for (FilePart part : unit.files()) {
            String text = UnitRenderer.render(new ReviewUnit(1, List.of(part), part.tokens(), false));
            List<InjectionFinding> found = detector.scan(text);
            if (!found.isEmpty()) {
                List<String> kinds = found.stream()
                        .map(f -> f.kind().name().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
                notes.add(new ReviewNote(
                        ReviewNote.Kind.PROMPT_INJECTION,
                        part.path(),
                        String.join(", ", kinds) + ": \"" + found.get(0).excerpt()
                                + "\"; the diff was passed to the model fenced as data"));
            }
        }
        return notes;
    }
}
