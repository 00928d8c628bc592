package dev.gooseci.action;

import static java.util.Objects.requireNonNull;

import dev.gooseci.scm.ChangeRequest;

/** What the event asks of the action: run on a pull request, or skip with a one-line reason. */
sealed interface Trigger permits Trigger.Run, Trigger.Skip {

    /**
     * Run {@code mode} on {@code request}.
     *
     * @param event the event's name, {@code GITHUB_EVENT_NAME}
     * @param request the pull request; {@code fromFork} is set whenever its code is untrusted
     * @param mode what to do
     * @param asked how the mode was asked for, for messages: the input or the comment's command
     */
    record Run(String event, ChangeRequest request, Mode mode, String asked) implements Trigger {
        public Run {
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
