package dev.gooseci.policy;

import java.util.List;

/**
 * One simple command of a script: assignments, words and redirections.
 *
 * @param structural true for the header of a {@code for} loop, whose words are data rather than a command
 * @param pipedInput whether standard input comes from a pipe
 */
record ShellCommand(
        List<ShellWord> assignments,
        List<ShellWord> words,
        List<ShellRedirect> redirects,
        boolean structural,
        boolean pipedInput) {
    ShellCommand {
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }

    boolean isEmpty() {
        return assignments.isEmpty() && words.isEmpty() && redirects.isEmpty();
    }
}
