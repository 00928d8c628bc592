package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

/**
 * A redirection such as {@code > out.txt}, {@code 2>&1}, {@code <<< text} or a here-document.
 *
 * @param operator the operator without its file descriptor number: {@code >}, {@code >>}, {@code <}, {@code >&},
 *     {@code &>}, {@code <<<}, {@code <<} and so on
 * @param target the file, descriptor, here-string or here-document body
 */
record ShellRedirect(String operator, ShellWord target) {
    ShellRedirect {
        requireNonNull(operator, "operator");
        requireNonNull(target, "target");
    }

    /** Whether the target is text fed to standard input rather than a file. */
    boolean isHereText() {
        return operator.startsWith("<<");
    }

    /** Whether the target is a file descriptor ({@code 2>&1}, {@code >&-}) rather than a file. */
    boolean isDescriptor() {
        return (operator.equals(">&") || operator.equals("<&")) && target.text().matches("[0-9]+-?|-");
    }

    boolean writes() {
        return operator.contains(">");
    }
}
