package dev.gooseci.report;

import static java.util.Objects.requireNonNull;

import java.util.function.UnaryOperator;

/**
 * A fact about the run that a reader of the report must know besides the findings: a unit whose review stopped early,
 * text in the change that looked like a prompt injection, or a finding that was dropped because it could not be
 * placed. Notes keep a partial or doubtful review from reading as a clean one.
 *
 * @param kind what the note is about
 * @param subject what it concerns: a unit ({@code unit 2}) or a file path
 * @param text one sentence, such as {@code stopped at $0.51, over the cost limit of $0.50}
 */
public record ReviewNote(Kind kind, String subject, String text) {

    /** The kinds of note, in the order a report lists them. */
    public enum Kind {
        /** A unit's review did not complete: a budget, the provider or the final output stopped it. */
        INCOMPLETE_UNIT("incomplete"),
        /** The diff held text that looks like an instruction to the model; it was passed on fenced as data. */
        PROMPT_INJECTION("possible prompt injection"),
        /** The model reported a finding that no line or file of the change could hold, so it was left out. */
        DROPPED_FINDING("finding dropped");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A short lower-case label for reports. */
        public String label() {
            return label;
        }
    }

    public ReviewNote {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
        requireNonNull(text, "text");
        if (subject.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException(
                    "a review note needs a subject and a text, got '" + subject + "': '" + text + "'");
        }
    }

    /** This note with {@code rewrite} applied to its text, as a redactor does. */
    public ReviewNote withText(UnaryOperator<String> rewrite) {
        return new ReviewNote(kind, subject, rewrite.apply(text));
    }
}
