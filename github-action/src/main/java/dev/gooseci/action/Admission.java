package dev.gooseci.action;

import dev.gooseci.scm.github.RepositoryPermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who gets a run: a run spends the repository's model budget. A bot only when {@code allowed-bots} names it (or is
 * {@code *}). On a pull request event, a person whose association with the repository is owner, member or
 * collaborator, or whom {@code allowed-users} names (or is {@code *}). For a {@code /goose} comment, a person with
 * write, maintain or admin permission on the repository: such a comment runs with the repository's secrets, so being
 * listed in {@code allowed-users} is not enough.
 */
final class Admission {
    private static final Set<String> TRUSTED = Set.of("OWNER", "MEMBER", "COLLABORATOR");

    private Admission() {}

    /** Empty to review the event's pull request, else the one-line reason to skip. */
    static Optional<String> refuse(PullRequestEvent event, ActionInputs inputs) {
        String login = event.request().author();
        String key = login.toLowerCase(Locale.ROOT);
        if (event.bot()) {
            return refuseBot("the author", login, inputs);
        }
        if (TRUSTED.contains(event.association())
                || inputs.allowedUsers().contains("*")
                || inputs.allowedUsers().contains(key)) {
            return Optional.empty();
        }
        return Optional.of("the author " + login + " (" + event.association()
                + ") is not an owner, member or collaborator and is not listed in allowed-users");
    }

    /**
     * Empty to run the command of the comment by {@code login}, else the one-line reason to skip. GitHub is asked
     * for a person's permission, never for a bot's.
     */
    static Optional<String> refuseCommenter(
            String login, boolean bot, ActionInputs inputs, Function<String, RepositoryPermission> permissions) {
        if (bot) {
            return refuseBot("the commenter", login, inputs);
        }
        RepositoryPermission permission = permissions.apply(login);
        if (permission.mayWrite()) {
            return Optional.empty();
        }
        String has = permission.permission().equals("none") ? "no" : permission.describe();
        return Optional.of("the commenter " + login + " has " + has
                + " permission on the repository; a /goose command needs write, maintain or admin");
    }

    private static Optional<String> refuseBot(String who, String login, ActionInputs inputs) {
        String key = login.toLowerCase(Locale.ROOT);
        return inputs.allowedBots().contains("*") || inputs.allowedBots().contains(key)
                ? Optional.empty()
                : Optional.of(who + " " + login + " is a bot not listed in allowed-bots");
    }
}
