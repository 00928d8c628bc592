package dev.gooseci.diff;

import static java.util.Objects.requireNonNull;

import java.util.function.UnaryOperator;

/**
 * A changed file that no review unit holds, and why. The report lists every one of them: a file is never dropped
 * silently, so a reader can tell "reviewed, nothing found" from "not looked at".
 *
 * @param path the file's path as a reviewer names it ({@link FileChange#path()})
 * @param detail what exactly matched or was measured, e.g. the rule {@code vendor/} or {@code 6120 changed lines}
 */
public record NotReviewed(String path, Reason reason, String detail) {

    /** Why a file was left out, in the order {@link FileFilter} checks them. */
    public enum Reason {
        /** A rule of the repository's {@code .gooseignore} matches the path. */
        IGNORED("ignored by .gooseignore"),
        /** A lock file: resolved dependency versions, written by a tool. */
        LOCK_FILE("lock file"),
        /** Third-party code copied into the repository. */
        VENDORED("vendored"),
        /** Written by a generator: a generated path, or a marker such as {@code @generated} near the top. */
        GENERATED("generated"),
        /** The file was deleted: there is no new code to review. */
        DELETED("deleted"),
        /** A binary file: no lines to read. */
        BINARY("binary"),
        /** A submodule pointer moved: the code lives in another repository. */
        SUBMODULE("submodule"),
        /** The diff parser left the file's lines out, for example because they are not valid UTF-8. */
        UNREADABLE("unreadable"),
        /** Only the name or the mode changed, or an empty file was added: no changed lines. */
        NO_CHANGED_LINES("no changed lines"),
        /** More changed lines than the per-file cap. */
        TOO_LARGE("too large");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** A short lower-case label for reports, e.g. {@code lock file}. */
        public String label() {
            return label;
        }
    }

    public NotReviewed {
        requireNonNull(path, "path");
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }

    /** One line for a report: {@code path: reason (detail)}. */
    public String describe() {
        return path + ": " + why();
    }

    /** The reason for a report, without the path: {@code lock file (matches 'yarn.lock')}. */
    public String why() {
        return reason.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /** This entry with {@code rewrite} applied to its detail, as a redactor does. */
    public NotReviewed withDetail(UnaryOperator<String> rewrite) {
        return new NotReviewed(path, reason, rewrite.apply(detail));
    }
}
