package dev.gooseci.action;

import static java.util.Objects.requireNonNull;

import dev.gooseci.scm.ChangeRequest;
import java.util.Set;

/** What the event asks of the action: run on a pull request, or skip with a one-line reason. */
sealed interface Trigger permits Trigger.Run, Trigger.Skip {

    /**
     * Run {@code mode} on {@code request}.
     *
     * @param event the event's name, {@code GITHUB_EVENT_NAME}
     * @param request the pull request; {@code fromFork} is set whenever its code is untrusted
     * @param mode what to do
     * @param asked how the mode was asked for, for messages: the input or the comment's command
     * @param forked whether the head lives in another repository, whatever the event ({@code request.fromFork()}
     *     also marks code that is only untrusted, as on {@code pull_request_target})
     * @param labels the names of the pull request's labels
     */
    record Run(String event, ChangeRequest request, Mode mode, String asked, boolean forked, Set<String> labels)
            implements Trigger {
        public Run {
            labels = Set.copyOf(requireNonNull(labels, "labels"));
            requireNonNull(event, "event");
            requireNonNull(request, "request");
            requireNonNull(mode, "mode");
            requireNonNull(asked, "asked");
        }
    }

    /** Do nothing, for {@code reason}: one line, no untrusted text. */
    record Skip(String reason) implements Trigger {
        public Skip {
            requireNonNull(reason, "reason");
        }
    }
}
